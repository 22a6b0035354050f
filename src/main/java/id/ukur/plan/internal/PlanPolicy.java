package id.ukur.plan.internal;

import java.util.Optional;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.plan.PlanAction;
import id.ukur.shared.ActionPolicy;

/**
 * Who may change an agency's plans: the one place that decides (docs/security.md, "Plan
 * and SOP permissions"). Services enforce it; pages show only what it allows. Reading a
 * plan follows the organisation's rule of agency isolation and is not decided here.
 */
final class PlanPolicy implements ActionPolicy<PlanAction, CurrentUser, AgencyView> {

	/** The refusal of a plan change by anyone but the agency's planner. */
	static final String PLANNER_ONLY = "access.plan.plannerOnly";

	/** The official who signs the Perjanjian Kinerja for the agency. */
	static final Role SIGNATORY = Role.HEAD;

	@Override
	public Class<PlanAction> actions() {
		return PlanAction.class;
	}

	@Override
	public Optional<String> refusal(PlanAction action, CurrentUser user, AgencyView agency) {
		return switch (action) {
			// every change of a plan is the agency's own planner's: the plan is the
			// agency's commitment, drafted by its planning officer (docs/plans.md)
			case EDIT, IMPORT, COPY, SIGN_PK ->
				user.holds(Role.PLANNER, agency.id()) ? Optional.empty() : Optional.of(PLANNER_ONLY);
		};
	}

}
