package id.ukur.round;

/**
 * A unit's form: not yet sent, open for entry, submitted by the unit head, or returned.
 */
public enum FormStatus {

	PREPARED, OPEN, SUBMITTED, RETURNED

}
