package id.ukur.round.internal;

import id.ukur.calculation.Target;
import id.ukur.plan.Decimals;
import java.math.BigDecimal;

/**
 * A round's numeric targets as it keeps them with its values ({@code 70}, {@code 27.4},
 * {@code 88–98}: plain digits, a dot for decimals, an en dash between the ends of a
 * range), and back to numbers for the API. Qualitative targets ({@code WTP}) are kept as
 * written and have no number.
 */
final class TargetTexts {

	private static final char DASH = '\u2013';

	private TargetTexts() {
	}

	/**
	 * @return the target as kept: {@code 27.4} or {@code 88–98}; null for null
	 */
	static String text(Target target) {
		if (target == null) {
			return null;
		}
		return target.isRange() ? Decimals.plain(target.min()) + DASH + Decimals.plain(target.max())
				: Decimals.plain(target.value().stripTrailingZeros());
	}

	/**
	 * @return the target as {@link #parse} reads its {@link #text} back: each number
	 * without trailing zeros, with a scale of at least 0; null for null
	 */
	static Target cleaned(Target target) {
		if (target == null) {
			return null;
		}
		return target.isRange() ? Target.range(clean(target.min()), clean(target.max()))
				: Target.of(clean(target.value()));
	}

	/**
	 * @return {@link Decimals#clean}, at once for a whole number (scale 0), which it
	 * leaves as it is
	 */
	static BigDecimal clean(BigDecimal value) {
		return (value.scale() == 0) ? value : Decimals.clean(value);
	}

	/**
	 * @return {@link #text} of a {@link #cleaned} target, without cleaning it again
	 */
	static String textOfCleaned(Target cleaned) {
		if (cleaned == null) {
			return null;
		}
		return cleaned.isRange() ? cleaned.min().toPlainString() + DASH + cleaned.max().toPlainString()
				: cleaned.value().toPlainString();
	}

	/**
	 * @return the target a kept text stands for, or null when the text is not a number or
	 * a range of numbers (a qualitative target, or nothing)
	 */
	static Target parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		int dash = trimmed.indexOf(DASH, 1);
		try {
			if (dash > 0) {
				BigDecimal min = new BigDecimal(trimmed.substring(0, dash).trim());
				BigDecimal max = new BigDecimal(trimmed.substring(dash + 1).trim());
				return (min.compareTo(max) <= 0) ? Target.range(min, max) : null;
			}
			return Target.of(new BigDecimal(trimmed));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The single value of a target, or null for a range or none. */
	static BigDecimal value(Target target) {
		return (target != null && !target.isRange()) ? target.value() : null;
	}

	/** The lower end of a range target, else null. */
	static BigDecimal min(Target target) {
		return (target != null && target.isRange()) ? target.min() : null;
	}

	/** The upper end of a range target, else null. */
	static BigDecimal max(Target target) {
		return (target != null && target.isRange()) ? target.max() : null;
	}

}
