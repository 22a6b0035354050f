package id.ukur.round.web;

import java.util.List;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.round.RoundView;
import id.ukur.round.StepView;
import id.ukur.sop.Checkpoint;

/**
 * Who acts in a step, for showing the right buttons and inbox items: the users of its
 * lanes; for a review or signature on several lanes the highest official of them; the
 * planner orders on the head's behalf. The round service decides for real and refuses
 * anything else.
 */
final class StepActors {

	/** Highest official first, as the SOP executor ranks them. */
	private static final List<Role> RANK = List.of(Role.HEAD, Role.SECRETARY, Role.PLANNER, Role.TEAM, Role.UNIT_HEAD,
			Role.UNIT_STAFF, Role.PLANNING_AGENCY);

	private StepActors() {
	}

	static List<Role> roles(StepView step) {
		return step.lanes().stream().map((lane) -> role(lane.role())).filter((role) -> role != null).toList();
	}

	/**
	 * @return the highest official among the step's lanes, or null
	 */
	static Role decider(StepView step) {
		List<Role> roles = roles(step);
		return RANK.stream().filter(roles::contains).findFirst().orElse(null);
	}

	static boolean ownAgency(RoundView round, CurrentUser user) {
		return user != null && user.agencyId() != null && user.agencyId() == round.agencyId();
	}

	/**
	 * @return whether the user acts in the step of the round
	 */
	static boolean mayAct(RoundView round, StepView step, CurrentUser user) {
		if (step == null || !ownAgency(round, user)) {
			return false;
		}
		if (step.binding() == Checkpoint.SIGN || step.binding() == Checkpoint.REVIEW) {
			Role decider = decider(step);
			return decider != null && user.has(decider);
		}
		List<Role> roles = roles(step);
		if (step.binding() == Checkpoint.ORDER && roles.contains(Role.HEAD) && user.has(Role.PLANNER)) {
			return true;
		}
		return roles.stream().anyMatch(user::has);
	}

	/**
	 * @return whether any step of the list is bound to the checkpoint
	 */
	static boolean has(List<StepView> steps, Checkpoint checkpoint) {
		return steps.stream().anyMatch((step) -> step.binding() == checkpoint);
	}

	/**
	 * @return the latest instance of the first step bound to the checkpoint, or null
	 */
	static StepView bound(List<StepView> steps, Checkpoint checkpoint) {
		StepView found = null;
		for (StepView step : steps) {
			if (step.binding() == checkpoint
					&& (found == null || (step.number() == found.number() && step.iteration() > found.iteration()))) {
				found = step;
			}
		}
		return found;
	}

	private static Role role(String name) {
		try {
			return (name != null) ? Role.valueOf(name) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
