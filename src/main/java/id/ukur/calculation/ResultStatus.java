package id.ukur.calculation;

/**
 * Whether an achievement could be computed.
 */
public enum ResultStatus {

	/** An achievement was computed. */
	COMPUTED,

	/** The actual was not entered: never treated as 0. */
	NOT_REPORTED,

	/** The inputs do not allow a result (e.g. target 0 for higher-is-better). */
	NOT_COMPUTABLE

}
