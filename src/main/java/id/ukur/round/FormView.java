package id.ukur.round;

import java.time.Instant;

/**
 * A unit's form in a round.
 *
 * @param late whether it was submitted after the deadline
 * @param settled how many of its values the team accepted or marked not reported
 */
public record FormView(long id, String unitCode, String unitName, FormStatus status, Instant distributedAt,
		Instant submittedAt, String submittedBy, boolean late, String returnReason, int entries, int filled,
		int settled) {

	/**
	 * @return whether the unit has submitted
	 */
	public boolean submitted() {
		return this.status == FormStatus.SUBMITTED;
	}

}
