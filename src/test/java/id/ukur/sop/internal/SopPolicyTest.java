package id.ukur.sop.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.shared.ForbiddenException;
import id.ukur.support.PolicyTable;
import id.ukur.support.PolicyTable.Where;
import id.ukur.sop.SopAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static id.ukur.support.PolicyTable.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SOP policy as a table: every action × every role × the user's own agency, another
 * agency of the region, or none (docs/security.md, "Plan and SOP permissions").
 */
class SopPolicyTest {

	private static final SopPolicy POLICY = new SopPolicy();

	private static final AgencyView AGENCY = new AgencyView(PolicyTable.AGENCY_ID, "DINKES", "Dinas Kesehatan",
			"Dinkes", "", true, 1, "PWK", "Kabupaten Purwakarta");

	/** Who may do each action: the roles allowed, each only in its own agency. */
	private static final Map<SopAction, Set<Role>> ALLOWED = Map.of(SopAction.EDIT, Set.of(Role.PLANNER),
			SopAction.UPLOAD, Set.of(Role.PLANNER), SopAction.PUBLISH, Set.of(Role.PLANNER), SopAction.START,
			Set.of(Role.PLANNER));

	static Stream<Arguments> table() {
		return PolicyTable.rows(SopAction.class, ALLOWED);
	}

	@ParameterizedTest(name = "{0} by {1} of {2} agency: allowed={3}")
	@MethodSource("table")
	void decides(SopAction action, Role role, Where where, boolean allowed) {
		CurrentUser user = user(where, role);
		assertThat(POLICY.refusal(action, user, AGENCY))
			.isEqualTo(allowed ? Optional.empty() : Optional.of("access.sop.plannerOnly"));
		assertThat(POLICY.allowed(user, AGENCY).contains(action)).isEqualTo(allowed);
		if (allowed) {
			POLICY.require(action, user, AGENCY);
		}
		else {
			assertThatThrownBy(() -> POLICY.require(action, user, AGENCY)).isInstanceOf(ForbiddenException.class)
				.hasMessage("access.sop.plannerOnly");
		}
	}

	@Test
	void aPlannerWithOtherRolesStillKeepsTheSop() {
		CurrentUser user = user(Where.OWN, Role.PLANNER, Role.HEAD);
		assertThat(POLICY.allowed(user, AGENCY)).isEqualTo(EnumSet.allOf(SopAction.class));
	}

	@Test
	void theInstallationAdministratorIsNoLaneRole() {
		assertThat(id.ukur.sop.LaneRoles.choices()).doesNotContain("INSTALLATION_ADMIN").contains("PLANNER", "HEAD");
	}

}
