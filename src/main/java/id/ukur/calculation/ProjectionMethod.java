package id.ukur.calculation;

/**
 * How a year-end actual is projected from the quarters reported so far
 * (docs/calculation.md, "Early warning").
 */
public enum ProjectionMethod {

	/**
	 * {@code CUMULATIVE}: the pace to date, ΣR of the reported quarters × 4 / the number
	 * of reported quarters.
	 */
	PACE,

	/**
	 * {@code LAST_VALUE}: the least-squares line of the reported levels, read at TW IV.
	 */
	TREND,

	/**
	 * {@code AVERAGE}: the mean of the four quarters, each reported level as it is and
	 * each other quarter read from the least-squares line of the reported levels.
	 */
	TREND_MEAN,

	/**
	 * {@code LAST_VALUE} or {@code AVERAGE} with one reported quarter: its level is the
	 * projection (one point has no trend).
	 */
	LEVEL

}
