package id.ukur.sop.internal;

import java.util.Optional;
import java.util.Set;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.sop.SopAction;
import id.ukur.shared.Permissions;

/**
 * Who may change an agency's SOP: the one place that decides (docs/security.md, "Plan and
 * SOP permissions"). Services enforce it; pages show only what it allows. Reading an SOP
 * follows the organisation's rule of agency isolation and is not decided here.
 */
final class SopPolicy {

	/** The refusal of an SOP change by anyone but the agency's planner. */
	static final String PLANNER_ONLY = "access.sop.plannerOnly";

	private SopPolicy() {
	}

	/**
	 * @return the message key of the rule that refuses the action, empty when the user
	 * may do it
	 */
	static Optional<String> refusal(SopAction action, CurrentUser user, AgencyView agency) {
		return switch (action) {
			// the agency's own planner keeps its SOP, as it keeps its plans
			// (docs/sop-format.md); the rounds then follow the revision in force
			case EDIT, UPLOAD, PUBLISH, START ->
				user.holds(Role.PLANNER, agency.id()) ? Optional.empty() : Optional.of(PLANNER_ONLY);
		};
	}

	/**
	 * @return every action the user may do on the agency's SOP
	 */
	static Set<SopAction> allowed(CurrentUser user, AgencyView agency) {
		return Permissions.allowed(SopAction.class, (action) -> refusal(action, user, agency));
	}

	/**
	 * @throws id.ukur.shared.ForbiddenException naming the rule when the user may not do
	 * the action
	 */
	static void require(SopAction action, CurrentUser user, AgencyView agency) {
		Permissions.require(refusal(action, user, agency));
	}

}
