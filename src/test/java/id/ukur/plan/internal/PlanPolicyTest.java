package id.ukur.plan.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.plan.PlanAction;
import id.ukur.shared.ForbiddenException;
import id.ukur.support.PolicyTable;
import id.ukur.support.PolicyTable.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static id.ukur.support.PolicyTable.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan policy as a table: every action × every role × the user's own agency, another
 * agency of the region, or none (docs/security.md, "Plan and SOP permissions").
 */
class PlanPolicyTest {

	private static final PlanPolicy POLICY = new PlanPolicy();

	private static final AgencyView AGENCY = new AgencyView(PolicyTable.AGENCY_ID, "DINKES", "Dinas Kesehatan",
			"Dinkes", "", true, 1, "PWK", "Kabupaten Purwakarta");

	/** Who may do each action: the roles allowed, each only in its own agency. */
	private static final Map<PlanAction, Set<Role>> ALLOWED = Map.of(PlanAction.EDIT, Set.of(Role.PLANNER),
			PlanAction.IMPORT, Set.of(Role.PLANNER), PlanAction.COPY, Set.of(Role.PLANNER), PlanAction.SIGN_PK,
			Set.of(Role.PLANNER));

	static Stream<Arguments> table() {
		return PolicyTable.rows(PlanAction.class, ALLOWED);
	}

	@ParameterizedTest(name = "{0} by {1} of {2} agency: allowed={3}")
	@MethodSource("table")
	void decides(PlanAction action, Role role, Where where, boolean allowed) {
		CurrentUser user = user(where, role);
		assertThat(POLICY.refusal(action, user, AGENCY))
			.isEqualTo(allowed ? Optional.empty() : Optional.of("access.plan.plannerOnly"));
		assertThat(POLICY.allowed(user, AGENCY).contains(action)).isEqualTo(allowed);
		if (allowed) {
			POLICY.require(action, user, AGENCY);
		}
		else {
			assertThatThrownBy(() -> POLICY.require(action, user, AGENCY)).isInstanceOf(ForbiddenException.class)
				.hasMessage("access.plan.plannerOnly");
		}
	}

	@Test
	void aPlannerWithOtherRolesStillPlans() {
		CurrentUser user = user(Where.OWN, Role.PLANNER, Role.TEAM, Role.SECRETARY);
		assertThat(POLICY.allowed(user, AGENCY)).isEqualTo(EnumSet.allOf(PlanAction.class));
	}

	@Test
	void theHeadSignsTheAgreement() {
		assertThat(PlanPolicy.SIGNATORY).isEqualTo(Role.HEAD);
	}

}
