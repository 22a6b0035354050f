package id.ukur.calculation;

/**
 * Whether more or less of an indicator's value is better.
 */
public enum Polarity {

	/**
	 * More is better (tren naik, positif): coverage, number of people trained, index
	 * scores.
	 */
	HIGHER_IS_BETTER,

	/**
	 * Less is better (tren turun, negatif): unemployment rate, audit findings, days to
	 * process.
	 */
	LOWER_IS_BETTER

}
