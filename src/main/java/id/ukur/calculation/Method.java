package id.ukur.calculation;

/**
 * An indicator's polarity and formula.
 *
 * <p>
 * A missing formula takes the default of the polarity: {@link Formula#RATIO} for
 * higher-is-better, {@link Formula#REVERSE_DIFFERENCE} for lower-is-better.
 * Higher-is-better only knows {@code RATIO}; lower-is-better uses one of the two reverse
 * formulas, because R / T would reward a worse (higher) value.
 *
 * @param polarity whether more or less is better
 * @param formula how C is computed
 */
public record Method(Polarity polarity, Formula formula) {

	/**
	 * @throws IllegalArgumentException when the polarity is missing or the formula does
	 * not fit the polarity
	 */
	public Method {
		if (polarity == null) {
			throw new IllegalArgumentException("An indicator needs a polarity (HIGHER_IS_BETTER or LOWER_IS_BETTER)");
		}
		if (formula == null) {
			formula = (polarity == Polarity.HIGHER_IS_BETTER) ? Formula.RATIO : Formula.REVERSE_DIFFERENCE;
		}
		if (polarity == Polarity.HIGHER_IS_BETTER && formula != Formula.RATIO) {
			throw new IllegalArgumentException(
					"HIGHER_IS_BETTER indicators use the RATIO formula only (R / T × 100), not " + formula);
		}
		if (polarity == Polarity.LOWER_IS_BETTER && formula == Formula.RATIO) {
			throw new IllegalArgumentException("LOWER_IS_BETTER indicators use REVERSE_DIFFERENCE or REVERSE_RATIO: "
					+ "RATIO (R / T × 100) would reward a higher, worse value");
		}
	}

	/**
	 * @param polarity whether more or less is better
	 * @param formula the formula, or null for the polarity's default
	 * @return the method
	 */
	public static Method of(Polarity polarity, Formula formula) {
		return new Method(polarity, formula);
	}

}
