package id.ukur.round;

/**
 * A step instance: waiting, current, done, or reopened by a return (kept in the history).
 */
public enum StepStatus {

	WAITING, CURRENT, DONE, REOPENED

}
