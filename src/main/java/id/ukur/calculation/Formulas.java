package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static id.ukur.calculation.IndonesianNumbers.fixed;
import static id.ukur.calculation.IndonesianNumbers.operand;
import static id.ukur.calculation.IndonesianNumbers.plain;
import static id.ukur.calculation.IndonesianNumbers.target;

/**
 * §1 of calculation.md: one formula applied to one target and one reported actual.
 */
final class Formulas {

	/** Decimals of an exact achievement (the spec asks for at least 10). */
	static final int EXACT_SCALE = 10;

	/** Decimals of intermediate values such as means, kept above the exact scale. */
	static final int WORK_SCALE = 12;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Formulas() {
	}

	/**
	 * @return the formula by name and expression
	 */
	static String name(Formula formula, Wording w) {
		return w.say(switch (formula) {
			case RATIO -> Phrase.RATIO;
			case REVERSE_DIFFERENCE -> Phrase.REVERSE_DIFFERENCE;
			case REVERSE_RATIO -> Phrase.REVERSE_RATIO;
		});
	}

	/**
	 * @param actual a reported actual, never null
	 */
	static Outcome apply(Method method, Target target, BigDecimal actual, BigDecimal cap, Wording w) {
		if (!target.isRange()) {
			return single(method, target.value(), actual, cap, w);
		}
		if (actual.compareTo(target.min()) >= 0 && actual.compareTo(target.max()) <= 0) {
			String arithmetic = w.say(Phrase.IN_RANGE, plain(actual), target(target));
			return Outcome.computed(scaled(HUNDRED), null, arithmetic, false);
		}
		boolean above = actual.compareTo(target.max()) > 0;
		BigDecimal used = above ? target.max() : target.min();
		String prefix = w.say(above ? Phrase.ABOVE_RANGE : Phrase.BELOW_RANGE, plain(actual), target(target),
				plain(used));
		return single(method, used, actual, cap, w).prefixed(prefix);
	}

	private static Outcome single(Method method, BigDecimal target, BigDecimal actual, BigDecimal cap, Wording w) {
		if (target.signum() == 0) {
			return zeroTarget(method, actual, w);
		}
		String r = operand(actual);
		String t = operand(target);
		return switch (method.formula()) {
			case RATIO -> Outcome.computed(percent(actual, target), target, r + " / " + t + " × 100");
			case REVERSE_DIFFERENCE -> reverseDifference(target, actual, w, "(2 − " + r + " / " + t + ") × 100");
			case REVERSE_RATIO -> reverseRatio(target, actual, cap, w, t + " / " + r + " × 100");
		};
	}

	/**
	 * T = 0: not computable when higher is better; when lower is better R = 0 meets the
	 * target exactly (100) and R > 0 misses it entirely (0). A negative R (only possible
	 * for values such as growth rates) is read as at least as good as 0, hence 100.
	 */
	private static Outcome zeroTarget(Method method, BigDecimal actual, Wording w) {
		if (method.polarity() == Polarity.HIGHER_IS_BETTER) {
			return Outcome.notComputable(Reasons.TARGET_ZERO_HIGHER, w.say(Phrase.TARGET_ZERO_HIGHER));
		}
		boolean missed = actual.signum() > 0;
		String comparison = missed ? " > 0" : ((actual.signum() < 0) ? " < 0" : "");
		BigDecimal value = missed ? BigDecimal.ZERO : HUNDRED;
		String arithmetic = "T = 0, R = " + plain(actual) + comparison + " → " + fixed(value, 2);
		return Outcome.computed(scaled(value), BigDecimal.ZERO, arithmetic, false);
	}

	/**
	 * (2 − R / T) × 100 computed as (2T − R) × 100 / T: one division, so one rounding.
	 */
	private static Outcome reverseDifference(BigDecimal target, BigDecimal actual, Wording w, String expression) {
		BigDecimal exact = percent(target.add(target).subtract(actual), target);
		if (exact.signum() >= 0) {
			return Outcome.computed(exact, target, expression);
		}
		String arithmetic = w.say(Phrase.AT_LEAST_ZERO, expression, fixed(exact, 2));
		return Outcome.computed(scaled(BigDecimal.ZERO), target, arithmetic, false);
	}

	/**
	 * R = 0 with T > 0 is the best possible result, which T / R cannot express: the
	 * region's cap stands in for it, and without a cap there is no number to give.
	 */
	private static Outcome reverseRatio(BigDecimal target, BigDecimal actual, BigDecimal cap, Wording w,
			String expression) {
		if (actual.signum() != 0) {
			return Outcome.computed(percent(target, actual), target, expression);
		}
		if (target.signum() < 0) {
			return Outcome.notComputable(null, w.say(Phrase.REVERSE_RATIO_ZERO_NEGATIVE_TARGET));
		}
		if (cap == null) {
			return Outcome.notComputable(Reasons.REVERSE_RATIO_ZERO_NO_CAP, w.say(Phrase.REVERSE_RATIO_ZERO_NO_CAP));
		}
		String arithmetic = w.say(Phrase.CAP_BEST, plain(cap), fixed(cap, 2));
		return Outcome.computed(scaled(cap), target, arithmetic, true);
	}

	/**
	 * @return numerator × 100 / denominator with {@link #EXACT_SCALE} decimals, half-up
	 */
	static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
		return numerator.multiply(HUNDRED).divide(denominator, EXACT_SCALE, RoundingMode.HALF_UP);
	}

	static BigDecimal scaled(BigDecimal value) {
		return value.setScale(EXACT_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * @return the value shown and stored: 2 decimals, half-up
	 */
	static BigDecimal rounded(BigDecimal exact) {
		return exact.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * @return {@code "87,5000000000 → 87,50 (dibulatkan setengah ke atas, 2 desimal)"}
	 */
	static String rounding(BigDecimal exact, Wording w) {
		return w.say(Phrase.ROUNDING, fixed(exact, EXACT_SCALE), fixed(exact, 2));
	}

}
