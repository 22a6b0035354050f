package id.ukur.round;

import java.time.Instant;
import java.util.Set;

/**
 * A unit's form in a round.
 *
 * @param late whether it was submitted after the deadline
 * @param settled how many of its values the team accepted or marked not reported
 * @param actions what the reader may do with the form now
 */
public record FormView(long id, String unitCode, String unitName, FormStatus status, Instant distributedAt,
		Instant submittedAt, String submittedBy, boolean late, String returnReason, int entries, int filled,
		int settled, Set<RoundAction> actions) {

	public FormView {
		actions = (actions != null) ? Set.copyOf(actions) : Set.of();
	}

	/**
	 * @param actionName a {@link RoundAction} name, as templates write it
	 * @return whether the reader may take that action
	 */
	public boolean allows(String actionName) {
		return this.actions.stream().anyMatch((action) -> action.name().equals(actionName));
	}

	/**
	 * @return whether the unit has submitted
	 */
	public boolean submitted() {
		return this.status == FormStatus.SUBMITTED;
	}

}
