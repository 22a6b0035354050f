package id.ukur.round;

import java.util.Set;

/**
 * A step instance: waiting, current, done, reopened by a return (kept in the history), or
 * cancelled: the step that held the round when the round was cancelled.
 */
public enum StepStatus {

	WAITING, CURRENT, DONE, REOPENED, CANCELLED;

	/**
	 * The transition table of a step instance (drawn in {@code docs/rounds.md},
	 * "States"): a waiting step becomes current, the current one is done or cancelled
	 * with its round; a return or reopening keeps what ran from its target on as reopened
	 * (new instances start waiting or current).
	 * @return the statuses this one may change to
	 */
	public Set<StepStatus> allowedNext() {
		return switch (this) {
			case WAITING -> Set.of(CURRENT);
			case CURRENT -> Set.of(DONE, REOPENED, CANCELLED);
			case DONE -> Set.of(REOPENED);
			case REOPENED, CANCELLED -> Set.of();
		};
	}

	public boolean mayBecome(StepStatus next) {
		return allowedNext().contains(next);
	}

}
