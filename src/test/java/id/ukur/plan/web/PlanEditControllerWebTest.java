package id.ukur.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import id.ukur.plan.PlanAction;
import java.util.EnumSet;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;
import id.ukur.plan.NodeKind;
import id.ukur.plan.Plans;
import id.ukur.web.PageSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The planner's node form: a valid node goes to {@link Plans#saveNode} as typed, a number
 * that cannot be read keeps the form with the problem next to its field and the plan is
 * not asked.
 */
@WebMvcTest(controllers = { PlanEditController.class, PlanPagesController.class })
@Import(PageSlice.class)
class PlanEditControllerWebTest {

	private static final String PLAN = "/agencies/pwk-dkupp/plans/2026";

	private final CurrentUser planner = new CurrentUser(12, "pwk-dkupp.perencana", "", "Perencana", 1, "pwk", 2L,
			"pwk-dkupp", null, null, Set.of(Role.PLANNER), true);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Plans plans;

	@MockitoBean
	private Organization organization;

	@BeforeEach
	void editablePlan() {
		given(this.plans.actions(eq("pwk-dkupp"), any())).willReturn(EnumSet.allOf(PlanAction.class));
		given(this.organization.agency(eq("pwk-dkupp"), any())).willReturn(new AgencyView(2, "pwk-dkupp",
				"Dinas Koperasi", "DKUPP", "Jl. Ibrahim Singadilaga", true, 1, "pwk", "Kabupaten Purwakarta"));
	}

	@Test
	void aValidNodeIsSavedAsTyped() {
		given(this.plans.saveNode(anyString(), anyInt(), anyLong(), any(), any(), any(), any(), any()))
			.willReturn(new Plans.SaveResult(4, true, List.of()));

		assertThat(this.mvc.post()
			.uri(PLAN + "/nodes")
			.with(user(this.planner))
			.with(csrf())
			.param("parent", "S1.1")
			.param("kind", "PROGRAM")
			.param("code", " 2.07.03 ")
			.param("name", "Program Pelatihan Kerja")
			.param("unitCode", "PELATIHAN")
			.param("budget", "1.250.000")
			.param("tw1", "300.000")
			.param("version", "3")).hasStatus(302)
			.hasRedirectedUrl(PLAN + "#node-2.07.03")
			.flash()
			.containsEntry("message", "plan.saved");

		then(this.plans).should()
			.saveNode("pwk-dkupp", 2026, 3, "S1.1", null,
					new Plans.NodeInput(NodeKind.PROGRAM, "2.07.03", "Program Pelatihan Kerja", "PELATIHAN",
							new java.math.BigDecimal("1250000"), Map.of("TW1", new java.math.BigDecimal("300000"))),
					null, this.planner);
	}

	@Test
	void aNumberThatCannotBeReadKeepsTheFormAndTheServiceIsNotAsked() {
		assertThat(this.mvc.post()
			.uri(PLAN + "/nodes")
			.with(user(this.planner))
			.with(csrf())
			.param("parent", "S1.1")
			.param("kind", "PROGRAM")
			.param("code", "2.07.03")
			.param("name", "Program Pelatihan Kerja")
			.param("budget", "sejuta")
			.param("version", "3")).hasStatus(200)
			.hasViewName("plan/node-form")
			.bodyText()
			.contains("\u201csejuta\u201d bukan angka")
			.contains("value=\"Program Pelatihan Kerja\"");

		then(this.plans).should(never()).saveNode(anyString(), anyInt(), anyLong(), any(), any(), any(), any(), any());
	}

}
