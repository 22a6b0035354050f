package id.ukur.round;

import java.util.Set;

/**
 * One value of a round: nothing entered, a draft, submitted with its form, returned (with
 * a reason) to its unit, accepted by the team, or marked not reported by the team (with a
 * reason).
 */
public enum EntryStatus {

	EMPTY, DRAFT, SUBMITTED, RETURNED, ACCEPTED, NOT_REPORTED;

	/**
	 * @return whether the unit may still change the value
	 */
	public boolean editableByUnit() {
		return this == EMPTY || this == DRAFT || this == RETURNED;
	}

	/**
	 * @return whether the team has settled the value
	 */
	public boolean settled() {
		return this == ACCEPTED || this == NOT_REPORTED;
	}

	/**
	 * The transition table of a value (drawn in {@code docs/rounds.md}, "States"): the
	 * first save makes a draft; the form's submission submits drafts and returned values;
	 * the team accepts a submitted value, returns a submitted or accepted one, or marks
	 * any unsettled value not reported.
	 * @return the statuses this one may change to
	 */
	public Set<EntryStatus> allowedNext() {
		return switch (this) {
			case EMPTY -> Set.of(DRAFT, NOT_REPORTED);
			case DRAFT -> Set.of(SUBMITTED, NOT_REPORTED);
			case SUBMITTED -> Set.of(ACCEPTED, RETURNED, NOT_REPORTED);
			case RETURNED -> Set.of(SUBMITTED, NOT_REPORTED);
			case ACCEPTED -> Set.of(RETURNED);
			case NOT_REPORTED -> Set.of();
		};
	}

	public boolean mayBecome(EntryStatus next) {
		return allowedNext().contains(next);
	}

}
