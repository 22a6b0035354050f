package id.ukur.round;

import java.util.Set;

/**
 * A unit's form: not yet sent, open for entry, submitted by the unit head, or returned.
 */
public enum FormStatus {

	PREPARED, OPEN, SUBMITTED, RETURNED;

	/**
	 * The transition table of a form (drawn in {@code docs/rounds.md}, "States"). The
	 * distribution opens a form; a return reopens it, also one already returned (further
	 * values) or still open; the unit head submits an open or returned form. A decision
	 * that goes back to the distribution step sends every form out again.
	 * @return the statuses this one may change to
	 */
	public Set<FormStatus> allowedNext() {
		return switch (this) {
			case PREPARED -> Set.of(OPEN);
			case OPEN -> Set.of(OPEN, SUBMITTED, RETURNED);
			case SUBMITTED -> Set.of(OPEN, RETURNED);
			case RETURNED -> Set.of(OPEN, SUBMITTED, RETURNED);
		};
	}

	public boolean mayBecome(FormStatus next) {
		return allowedNext().contains(next);
	}

}
