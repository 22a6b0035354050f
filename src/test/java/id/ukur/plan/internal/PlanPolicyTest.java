package id.ukur.plan.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.plan.PlanAction;
import id.ukur.shared.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan policy as a table: every action × every role × the user's own agency, another
 * agency of the region, or none (docs/security.md, "Plan and SOP permissions").
 */
class PlanPolicyTest {

	private static final AgencyView AGENCY = new AgencyView(7, "DINKES", "Dinas Kesehatan", "Dinkes", "", true, 1,
			"PWK", "Kabupaten Purwakarta");

	/** Who may do each action: the roles allowed, each only in its own agency. */
	private static final Map<PlanAction, Set<Role>> ALLOWED = Map.of(PlanAction.EDIT, Set.of(Role.PLANNER),
			PlanAction.IMPORT, Set.of(Role.PLANNER), PlanAction.COPY, Set.of(Role.PLANNER), PlanAction.SIGN_PK,
			Set.of(Role.PLANNER));

	enum Where {

		OWN(7L), OTHER(8L), NONE(null);

		final Long agencyId;

		Where(Long agencyId) {
			this.agencyId = agencyId;
		}

	}

	static Stream<Arguments> table() {
		List<Arguments> rows = new ArrayList<>();
		for (PlanAction action : PlanAction.values()) {
			for (Role role : Role.values()) {
				for (Where where : Where.values()) {
					boolean allowed = where == Where.OWN && ALLOWED.get(action).contains(role);
					rows.add(Arguments.of(action, role, where, allowed));
				}
			}
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0} by {1} of {2} agency: allowed={3}")
	@MethodSource("table")
	void decides(PlanAction action, Role role, Where where, boolean allowed) {
		CurrentUser user = user(where, role);
		assertThat(PlanPolicy.refusal(action, user, AGENCY))
			.isEqualTo(allowed ? Optional.empty() : Optional.of("access.plan.plannerOnly"));
		assertThat(PlanPolicy.allowed(user, AGENCY).contains(action)).isEqualTo(allowed);
		if (allowed) {
			PlanPolicy.require(action, user, AGENCY);
		}
		else {
			assertThatThrownBy(() -> PlanPolicy.require(action, user, AGENCY)).isInstanceOf(ForbiddenException.class)
				.hasMessage("access.plan.plannerOnly");
		}
	}

	@Test
	void aPlannerWithOtherRolesStillPlans() {
		CurrentUser user = user(Where.OWN, Role.PLANNER, Role.TEAM, Role.SECRETARY);
		assertThat(PlanPolicy.allowed(user, AGENCY)).isEqualTo(EnumSet.allOf(PlanAction.class));
	}

	@Test
	void theHeadSignsTheAgreement() {
		assertThat(PlanPolicy.SIGNATORY).isEqualTo(Role.HEAD);
	}

	static CurrentUser user(Where where, Role... roles) {
		return new CurrentUser(1, "someone", "", "Someone", 1, "PWK", where.agencyId,
				(where.agencyId != null) ? "A" + where.agencyId : null, null, null, Set.of(roles), true);
	}

}
