package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers in explanations, written the Indonesian way: decimal comma and '.' between
 * thousands. Built by hand rather than with {@code DecimalFormat} so that the text does
 * not depend on the JVM's locale data and exact values keep all their digits.
 */
final class IndonesianNumbers {

	private IndonesianNumbers() {
	}

	/**
	 * @return the number without trailing zeros: {@code 6,5}, {@code 1.250}, {@code -3}
	 */
	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return format((stripped.scale() < 0) ? stripped.setScale(0) : stripped);
	}

	/**
	 * @return the number rounded half-up to exactly {@code decimals} decimals:
	 * {@code 87,50}
	 */
	static String fixed(BigDecimal value, int decimals) {
		return format(value.setScale(decimals, RoundingMode.HALF_UP));
	}

	/**
	 * @return {@link #plain}, in parentheses when negative so that it reads well inside a
	 * formula
	 */
	static String operand(BigDecimal value) {
		String text = plain(value);
		return (value.signum() < 0) ? "(" + text + ")" : text;
	}

	/**
	 * @return {@code 8} or {@code 80–90}
	 */
	static String target(Target target) {
		return target.isRange() ? plain(target.min()) + "–" + plain(target.max()) : plain(target.value());
	}

	private static String format(BigDecimal value) {
		String digits = value.abs().toPlainString();
		int point = digits.indexOf('.');
		String whole = (point < 0) ? digits : digits.substring(0, point);
		StringBuilder text = new StringBuilder((value.signum() < 0) ? "-" : "");
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				text.append('.');
			}
			text.append(whole.charAt(i));
		}
		if (point >= 0) {
			text.append(',').append(digits, point + 1, digits.length());
		}
		return text.toString();
	}

}
