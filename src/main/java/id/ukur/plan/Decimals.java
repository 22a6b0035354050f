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

	/**
	 * Reads a number as people type it in forms and spreadsheets: {@code 1234.5},
	 * Indonesian {@code 1.234,5} or {@code 1234,5}, grouped {@code 1.250.000},
	 * {@code 70%}.
	 * @param text the text typed
	 * @return the number, or null when the text is empty or not a number
	 */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String cleaned = text.trim().replace(" ", "").replace("%", "");
		if (cleaned.contains(",")) {
			cleaned = cleaned.replace(".", "").replace(',', '.');
		}
		else if (cleaned.matches("-?\\d{1,3}(\\.\\d{3})+")) {
			cleaned = cleaned.replace(".", "");
		}
		try {
			return new BigDecimal(cleaned);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
