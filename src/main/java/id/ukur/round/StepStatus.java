package id.ukur.round;

/**
 * A step instance: waiting, current, done, reopened by a return (kept in the history), or
 * cancelled: the step that held the round when the round was cancelled.
 */
public enum StepStatus {

	WAITING, CURRENT, DONE, REOPENED, CANCELLED

}
