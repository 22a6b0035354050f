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

import java.util.Set;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;
import id.ukur.organization.UserAccounts;
import id.ukur.round.FormStatus;
import id.ukur.round.RoundStatus;
import id.ukur.round.RoundReports;
import id.ukur.round.Rounds;
import id.ukur.shared.InvalidInputException;
import id.ukur.sop.RegionCalendars;
import id.ukur.sop.Sops;
import id.ukur.sop.WorkingCalendar;
import id.ukur.web.PageSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Acts of the round page: an act the service performs redirects to the page with what was
 * done; a refusal shows the page again with the problem next to its field and what was
 * typed; the signature asks for its confirmation before the service is asked.
 */
@WebMvcTest(controllers = RoundPageController.class)
@Import({ PageSlice.class, RoundFormats.class, RoundPeople.class })
class RoundPageControllerWebTest {

	private static final String PAGE = "/rounds/" + RoundSamples.ROUND;

	private final CurrentUser head = RoundSamples.user("pwk-dkupp.kepala", null, Role.HEAD);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Rounds rounds;

	@MockitoBean
	private RoundReports reports;

	@MockitoBean
	private Organization organization;

	@MockitoBean
	private RegionCalendars calendars;

	@MockitoBean
	private Sops sops;

	@MockitoBean
	private UserAccounts accounts;

	@BeforeEach
	void openRound() {
		given(this.rounds.round(eq(RoundSamples.ROUND), any())).willReturn(
				RoundSamples.round(RoundStatus.OPEN, true, null, RoundSamples.form("KOPERASI", FormStatus.OPEN)));
		given(this.rounds.validation(anyLong(), any()))
			.willReturn(new Rounds.ValidationRights(false, null, false, null, null));
		given(this.calendars.of(anyLong())).willReturn(WorkingCalendar.standard(Set.of()));
	}

	@Test
	void aCancellationWithItsReasonRedirectsToThePage() {
		assertThat(this.mvc.post()
			.uri(PAGE + "/cancel")
			.with(user(this.head))
			.with(csrf())
			.param("reason", "Salah periode")).hasStatus(302)
			.hasRedirectedUrl(PAGE)
			.flash()
			.containsEntry("done", "rounds.done.cancelled");

		then(this.rounds).should().cancel(RoundSamples.ROUND, "Salah periode", this.head);
	}

	@Test
	void aRefusedCancellationShowsTheProblemNextToTheReason() {
		given(this.rounds.cancel(anyLong(), any(), any()))
			.willThrow(new InvalidInputException("reason", "validation.required"));

		assertThat(this.mvc.post().uri(PAGE + "/cancel").with(user(this.head)).with(csrf()).param("reason", " "))
			.hasStatus(400)
			.hasViewName("round/view")
			.satisfies((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("id=\"cancel-details\" open")
				.contains("Wajib diisi"))
			.model()
			.extractingByKey("problems")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsOnlyKeys("cancel.reason");
	}

	@Test
	void aSignatureWithoutItsConfirmationIsRefusedBeforeTheServiceIsAsked() {
		assertThat(this.mvc.post().uri(PAGE + "/sign").with(user(this.head)).with(csrf())).hasStatus(400)
			.hasViewName("round/view")
			.model()
			.extractingByKey("problems")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsOnlyKeys("sign.confirm");

		then(this.rounds).should(never()).sign(anyLong(), any());
	}

	@Test
	void anActionPlanWithAnUnreadableDueDateIsRefusedBeforeTheServiceIsAsked() {
		assertThat(this.mvc.post()
			.uri(PAGE + "/action-plans")
			.with(user(RoundSamples.user("pwk-dkupp.perencana", null, Role.PLANNER)))
			.with(csrf())
			.param("indicatorCode", "IKU-01")
			.param("analysis", "Anggaran terlambat")
			.param("action", "Percepatan")
			.param("ownerUnit", "KOPERASI")
			.param("dueDate", "31-12-2026")).hasStatus(400)
			.hasViewName("round/view")
			.model()
			.extractingByKey("problems")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsOnlyKeys("ap.dueDate");

		then(this.rounds).should(never()).addActionPlan(anyLong(), any(), any());
		then(this.rounds).should(never()).cancel(anyLong(), anyString(), any());
	}

}
