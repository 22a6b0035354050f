package id.ukur.sop.internal;

import java.util.Optional;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.sop.SopAction;
import id.ukur.shared.ActionPolicy;

/**
 * Who may change an agency's SOP: the one place that decides (docs/security.md, "Plan and
 * SOP permissions"). Services enforce it; pages show only what it allows. Reading an SOP
 * follows the organisation's rule of agency isolation and is not decided here.
 */
final class SopPolicy implements ActionPolicy<SopAction, CurrentUser, AgencyView> {

	/** The refusal of an SOP change by anyone but the agency's planner. */
	static final String PLANNER_ONLY = "access.sop.plannerOnly";

	@Override
	public Class<SopAction> actions() {
		return SopAction.class;
	}

	@Override
	public Optional<String> refusal(SopAction action, CurrentUser user, AgencyView agency) {
		return switch (action) {
			// the agency's own planner keeps its SOP, as it keeps its plans
			// (docs/sop-format.md); the rounds then follow the revision in force
			case EDIT, UPLOAD, PUBLISH, START ->
				user.holds(Role.PLANNER, agency.id()) ? Optional.empty() : Optional.of(PLANNER_ONLY);
		};
	}

}
