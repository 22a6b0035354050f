package id.ukur.round.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;
import id.ukur.organization.UserAccounts;
import id.ukur.round.Commands;
import id.ukur.round.RoundStatus;
import id.ukur.round.RoundReports;
import id.ukur.round.Rounds;
import id.ukur.shared.ConflictException;
import id.ukur.sop.RegionCalendars;
import id.ukur.web.PageSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The order form of an agency's rounds: a valid order goes to {@link Rounds#order} with
 * its dates read, a date that cannot be read is named next to its field before the
 * service is asked, and a refusal of the service is shown with the form kept.
 */
@WebMvcTest(controllers = RoundListController.class)
@Import({ PageSlice.class, RoundFormats.class, RoundPeople.class })
class RoundListControllerWebTest {

	private static final String PAGE = "/agencies/" + RoundSamples.AGENCY_CODE + "/rounds";

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
	private UserAccounts accounts;

	@BeforeEach
	void agency() {
		given(this.organization.agency(eq(RoundSamples.AGENCY_CODE), any()))
			.willReturn(new AgencyView(RoundSamples.AGENCY, RoundSamples.AGENCY_CODE, "Dinas Koperasi", "DKUPP",
					"Jl. Ibrahim Singadilaga", true, 1, "pwk", "Kabupaten Purwakarta"));
		given(this.rounds.canOrder(eq(RoundSamples.AGENCY_CODE), any())).willReturn(true);
		given(this.rounds.rounds(eq(RoundSamples.AGENCY_CODE), any())).willReturn(List.of());
	}

	@Test
	void aValidOrderIsPlacedWithItsDatesRead() {
		given(this.rounds.order(anyString(), any(), any()))
			.willReturn(RoundSamples.round(RoundStatus.OPEN, false, null));

		assertThat(this.mvc.post()
			.uri(PAGE)
			.with(user(this.head))
			.with(csrf())
			.param("year", " 2026 ")
			.param("period", "TW1")
			.param("deadline", "2026-12-14")
			.param("orderReference", "800/12/2026")
			.param("orderText", "Pengukuran kinerja TW I")
			.param("requestLetterDate", "")).hasStatus(302)
			.hasRedirectedUrl("/rounds/" + RoundSamples.ROUND)
			.flash()
			.containsEntry("done", "rounds.done.ordered");

		then(this.rounds).should()
			.order(RoundSamples.AGENCY_CODE, new Commands.Order(2026, "TW1", LocalDate.of(2026, 12, 14), "800/12/2026",
					"Pengukuran kinerja TW I", null, null, null), this.head);
	}

	@Test
	void aDateThatCannotBeReadIsNamedBeforeTheServiceIsAsked() {
		assertThat(this.mvc.post()
			.uri(PAGE)
			.with(user(this.head))
			.with(csrf())
			.param("year", "2026")
			.param("period", "TW1")
			.param("deadline", "14/12/2026")
			.param("orderReference", "800/12/2026")).hasStatus(400)
			.hasViewName("round/list")
			.satisfies((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("Tanggal tidak valid; pilih tanggal dari kalender")
				.contains("value=\"800/12/2026\""))
			.model()
			.extractingByKey("problems")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsOnlyKeys("deadline");

		then(this.rounds).should(never()).order(anyString(), any(), any());
	}

	@Test
	void aRefusalOfTheServiceIsShownWithTheFormKept() {
		given(this.rounds.order(anyString(), any(), any()))
			.willThrow(new ConflictException("round.exists", "TW I", 2026));

		assertThat(this.mvc.post()
			.uri(PAGE)
			.with(user(this.head))
			.with(csrf())
			.param("year", "2026")
			.param("period", "TW1")
			.param("deadline", "2026-12-14")
			.param("orderReference", "800/12/2026")).hasStatus(409)
			.hasViewName("round/list")
			.bodyText()
			.contains("Pengukuran TW I tahun 2026 sudah ada untuk perangkat daerah ini")
			.contains("value=\"800/12/2026\"");
	}

}
