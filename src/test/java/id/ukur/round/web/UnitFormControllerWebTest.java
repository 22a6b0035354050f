package id.ukur.round.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.round.Commands;
import id.ukur.round.EntryStatus;
import id.ukur.round.EntryView;
import id.ukur.round.FormStatus;
import id.ukur.round.RoundStatus;
import id.ukur.round.Rounds;
import id.ukur.round.web.UnitForm.Row;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.web.PageSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The unit form's save and submit (docs/rounds.md): a changed row goes to
 * {@link Rounds#saveEntry} with what was typed and the version it was read at; a value
 * the service refuses keeps the form with the problem next to its field; a refusal of the
 * whole form is shown at the top.
 */
@WebMvcTest(controllers = UnitFormController.class)
@Import({ PageSlice.class, RoundFormats.class, RoundPeople.class, CheckTexts.class })
class UnitFormControllerWebTest {

	private static final String PAGE = "/rounds/" + RoundSamples.ROUND + "/units/KOPERASI";

	private final CurrentUser staff = RoundSamples.user("pwk-dkupp.koperasi.staf", "KOPERASI", Role.UNIT_STAFF);

	private final EntryView stored = RoundSamples.entry("IKU-01", "KOPERASI", EntryStatus.EMPTY, null, 4);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Rounds rounds;

	@MockitoBean
	private id.ukur.organization.UserAccounts accounts;

	@MockitoBean
	private id.ukur.round.ValueChecks checks;

	@BeforeEach
	void openForm() {
		given(this.rounds.round(eq(RoundSamples.ROUND), any())).willReturn(
				RoundSamples.round(RoundStatus.OPEN, true, null, RoundSamples.form("KOPERASI", FormStatus.OPEN)));
		given(this.rounds.entries(eq(RoundSamples.ROUND), any())).willReturn(List.of(this.stored));
	}

	@Test
	void aChangedRowIsSavedWithWhatWasTypedAndItsVersion() {
		given(this.rounds.saveEntry(anyLong(), anyString(), any(), any()))
			.willReturn(RoundSamples.entry("IKU-01", "KOPERASI", EntryStatus.DRAFT, new BigDecimal("21.5"), 5));

		assertThat(this.mvc.post()
			.uri(PAGE)
			.with(user(this.staff))
			.with(csrf())
			.param("rows[0].code", "IKU-01")
			.param("rows[0].version", "4")
			.param("rows[0].fingerprint", shown())
			.param("rows[0].actual", "21,5")
			.param("rows[0].note", "Data bidang")
			.param("rows[0].enablingFactors", "Dukungan anggaran")).hasStatus(302)
			.hasRedirectedUrl(PAGE)
			.flash()
			.containsEntry("done", "rounds.form.saved");

		ArgumentCaptor<Commands.EntryInput> input = ArgumentCaptor.forClass(Commands.EntryInput.class);
		then(this.rounds).should().saveEntry(eq(RoundSamples.ROUND), eq("IKU-01"), input.capture(), eq(this.staff));
		assertThat(input.getValue())
			.isEqualTo(new Commands.EntryInput("21,5", "Data bidang", "Dukungan anggaran", null, 4L));
	}

	@Test
	void aSavedValuesDoubtsAreShownBesideIt() {
		given(this.checks.of(eq(RoundSamples.ROUND), any())).willReturn(Map.of("IKU-01",
				new id.ukur.round.ValueCheck("IKU-01",
						List.of(new id.ukur.calculation.PlausibilityFlag("PERCENT_ABOVE_100",
								"plausibility.PERCENT_ABOVE_100", List.of(new BigDecimal("120.5")))),
						null, null, null, null)));
		assertThat(this.mvc.get().uri(PAGE).with(user(this.staff))).hasStatusOk()
			.bodyText()
			.contains("Persentase di atas 100 (120,5).")
			.contains("nilai tetap tersimpan");
	}

	@Test
	void anUnchangedRowIsNotSaved() {
		assertThat(this.mvc.post()
			.uri(PAGE)
			.with(user(this.staff))
			.with(csrf())
			.param("rows[0].code", "IKU-01")
			.param("rows[0].version", "4")
			.param("rows[0].fingerprint", shown())).hasStatus(302).hasRedirectedUrl(PAGE);

		then(this.rounds).should(never()).saveEntry(anyLong(), anyString(), any(), any());
	}

	@Test
	void aRefusedValueKeepsTheFormWithTheProblemNextToItsField() {
		given(this.rounds.saveEntry(anyLong(), anyString(), any(), any()))
			.willThrow(new InvalidInputException(List.of(new FieldProblem("actual", "validation.number"))));

		assertThat(this.mvc.post()
			.uri(PAGE)
			.with(user(this.staff))
			.with(csrf())
			.param("rows[0].code", "IKU-01")
			.param("rows[0].version", "4")
			.param("rows[0].fingerprint", shown())
			.param("rows[0].actual", "dua puluh")).hasStatus(400).hasViewName("round/unit-form").satisfies((result) -> {
				@SuppressWarnings("unchecked")
				Map<String, Map<String, FieldProblem>> problems = (Map<String, Map<String, FieldProblem>>) result
					.getMvcResult()
					.getModelAndView()
					.getModel()
					.get("rowProblems");
				assertThat(problems.get("IKU-01")).containsKey("actual");
				assertThat(result.getResponse().getContentAsString()).contains("id=\"actual-IKU-01\"")
					.contains("value=\"dua puluh\"")
					.contains("is-invalid");
			});
	}

	@Test
	void aRefusalOfTheWholeFormIsShownAtTheTop() {
		given(this.rounds.saveEntry(anyLong(), anyString(), any(), any()))
			.willThrow(new ConflictException("round.entry.stale", "IKU-01"));
		given(this.rounds.entry(eq(RoundSamples.ROUND), eq("IKU-01"), any())).willReturn(this.stored);

		assertThat(this.mvc.post()
			.uri(PAGE + "/submit")
			.with(user(RoundSamples.user("pwk-dkupp.koperasi.kepala", "KOPERASI", Role.UNIT_HEAD)))
			.with(csrf())
			.param("rows[0].code", "IKU-01")
			.param("rows[0].version", "4")
			.param("rows[0].fingerprint", shown())
			.param("rows[0].actual", "21,5")).hasStatus(409)
			.hasViewName("round/unit-form")
			.bodyText()
			.contains("id=\"conflict-IKU-01\"");
		then(this.rounds).should(never()).submitForm(anyLong(), anyString(), any());
	}

	@Test
	void aRefusedSubmissionShowsTheServicesMessage() {
		given(this.rounds.submitForm(anyLong(), anyString(), any()))
			.willThrow(new ConflictException("round.form.alreadySubmitted", "KOPERASI"));

		assertThat(this.mvc.post()
			.uri(PAGE + "/submit")
			.with(user(RoundSamples.user("pwk-dkupp.koperasi.kepala", "KOPERASI", Role.UNIT_HEAD)))
			.with(csrf())).hasStatus(409)
			.hasViewName("round/unit-form")
			.bodyText()
			.contains("id=\"round-refusal\"")
			.contains("Formulir unit KOPERASI sudah dikirim");
	}

	/** The fingerprint of the row as the page showed it. */
	private String shown() {
		return Row.of(this.stored).getFingerprint();
	}

}
