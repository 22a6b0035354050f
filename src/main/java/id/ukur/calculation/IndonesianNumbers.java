package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.ukur.shared.Numbers;

/**
 * Numbers in explanations, written the Indonesian way (decimal comma and '.' between
 * thousands) by the one number writer, {@link Numbers}.
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
		return Numbers.fixed(value, value.scale(), Numbers.INDONESIAN);
	}

}
