package id.ukur.sop;

/**
 * Flowchart symbols of an SOP AP: terminators for start and end, a rectangle, a diamond.
 */
public enum Symbol {

	START, PROCESS, DECISION, END

}
