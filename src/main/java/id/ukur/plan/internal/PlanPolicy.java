package id.ukur.plan.internal;

import java.util.Optional;
import java.util.Set;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.plan.PlanAction;
import id.ukur.shared.Permissions;

/**
 * Who may change an agency's plans: the one place that decides (docs/security.md, "Plan
 * and SOP permissions"). Services enforce it; pages show only what it allows. Reading a
 * plan follows the organisation's rule of agency isolation and is not decided here.
 */
final class PlanPolicy {

	/** The refusal of a plan change by anyone but the agency's planner. */
	static final String PLANNER_ONLY = "access.plan.plannerOnly";

	/** The official who signs the Perjanjian Kinerja for the agency. */
	static final Role SIGNATORY = Role.HEAD;

	private PlanPolicy() {
	}

	/**
	 * @return the message key of the rule that refuses the action, empty when the user
	 * may do it
	 */
	static Optional<String> refusal(PlanAction action, CurrentUser user, AgencyView agency) {
		return switch (action) {
			// every change of a plan is the agency's own planner's: the plan is the
			// agency's commitment, drafted by its planning officer (docs/plans.md)
			case EDIT, IMPORT, COPY, SIGN_PK ->
				user.holds(Role.PLANNER, agency.id()) ? Optional.empty() : Optional.of(PLANNER_ONLY);
		};
	}

	/**
	 * @return every action the user may do on the agency's plans
	 */
	static Set<PlanAction> allowed(CurrentUser user, AgencyView agency) {
		return Permissions.allowed(PlanAction.class, (action) -> refusal(action, user, agency));
	}

	/**
	 * @throws id.ukur.shared.ForbiddenException naming the rule when the user may not do
	 * the action
	 */
	static void require(PlanAction action, CurrentUser user, AgencyView agency) {
		Permissions.require(refusal(action, user, agency));
	}

}
