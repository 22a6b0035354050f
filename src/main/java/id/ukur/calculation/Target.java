package id.ukur.calculation;

import java.math.BigDecimal;

/**
 * A target: either one number ({@code value}) or an inclusive range
 * ({@code min}–{@code max}), e.g. 80–90 % or 7–8 months.
 *
 * @param value the single target, null for a range
 * @param min the lower end of a range, null for a single target
 * @param max the upper end of a range, null for a single target
 */
public record Target(BigDecimal value, BigDecimal min, BigDecimal max) {

	/**
	 * @throws IllegalArgumentException unless exactly one of a value or a complete range
	 * is given, with min ≤ max
	 */
	public Target {
		boolean range = min != null || max != null;
		if (value != null && range) {
			throw new IllegalArgumentException("A target is either one value or a range, not both");
		}
		if (value == null && (min == null || max == null)) {
			throw new IllegalArgumentException("A target needs a value, or both ends of a range");
		}
		if (range && min.compareTo(max) > 0) {
			throw new IllegalArgumentException("A target range needs min ≤ max, got " + min + "–" + max);
		}
	}

	/**
	 * @param value the target
	 * @return a single-number target
	 */
	public static Target of(BigDecimal value) {
		return new Target(value, null, null);
	}

	/**
	 * @param min lower end, inclusive
	 * @param max upper end, inclusive
	 * @return a range target
	 * @throws IllegalArgumentException when min > max
	 */
	public static Target range(BigDecimal min, BigDecimal max) {
		if (min == null || max == null) {
			throw new IllegalArgumentException("A target range needs both ends");
		}
		return new Target(null, min, max);
	}

	/**
	 * @return whether this target is a range
	 */
	public boolean isRange() {
		return this.value == null;
	}

	/**
	 * @return the lower end, or the value of a single target
	 */
	BigDecimal low() {
		return isRange() ? this.min : this.value;
	}

	/**
	 * @return the upper end, or the value of a single target
	 */
	BigDecimal high() {
		return isRange() ? this.max : this.value;
	}

}
