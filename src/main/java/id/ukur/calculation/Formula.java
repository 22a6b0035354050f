package id.ukur.calculation;

/**
 * How achievement C is computed from actual R and target T.
 */
public enum Formula {

	/** C = R / T × 100; the only formula for {@link Polarity#HIGHER_IS_BETTER}. */
	RATIO,

	/**
	 * C = (2 − R / T) × 100, floored at 0 (PermenPAN-RB 8/2021 "kondisi khusus"); the
	 * default for {@link Polarity#LOWER_IS_BETTER}.
	 */
	REVERSE_DIFFERENCE,

	/** C = T / R × 100, for {@link Polarity#LOWER_IS_BETTER}. */
	REVERSE_RATIO

}
