package id.ukur.plan;

import java.math.BigDecimal;

/**
 * Numbers as a plan stores and shows them: exact, without trailing zeros, never in
 * E-notation.
 */
public final class Decimals {

	private Decimals() {
	}

	/**
	 * @return the number without trailing zeros and with a non-negative scale; null stays
	 * null
	 */
	public static BigDecimal clean(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * @return the plain string of a cleaned number, empty for null
	 */
	public static String plain(BigDecimal value) {
		return (value == null) ? "" : clean(value).toPlainString();
	}

}
