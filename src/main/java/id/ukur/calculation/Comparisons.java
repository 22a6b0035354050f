package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.List;

import static id.ukur.calculation.IndonesianNumbers.plain;

/**
 * Comparisons for LKjIP chapter III (calculation.md §6). Stateless.
 */
public final class Comparisons {

	private Comparisons() {
	}

	/**
	 * Progress towards the end-of-Renstra target: the indicator's own formula applied
	 * with T = the end target. No cap is involved, so {@code REVERSE_RATIO} with R = 0 is
	 * not computable.
	 * @param method the indicator's polarity and formula
	 * @param endTarget the end-of-Renstra target; null gives {@code NOT_COMPUTABLE}
	 * @param actual this year's actual; null is not reported
	 * @return the progress in percent with its explanation
	 */
	public static AchievementResult progressToEndTarget(Method method, BigDecimal endTarget, BigDecimal actual) {
		return progressToEndTarget(method, endTarget, actual, Wording.INDONESIAN);
	}

	/**
	 * {@link #progressToEndTarget(Method, BigDecimal, BigDecimal)} explained in the given
	 * wording.
	 */
	public static AchievementResult progressToEndTarget(Method method, BigDecimal endTarget, BigDecimal actual,
			Wording w) {
		Achievements.requireMethod(method);
		List<String> inputs = List.of(
				(endTarget != null) ? w.say(Phrase.END_TARGET, plain(endTarget)) : w.say(Phrase.END_TARGET_NOT_SET),
				Achievements.actualInput(actual, w));
		String formulaName = Formulas.name(method.formula(), w);
		if (actual == null) {
			return Results.notReported(formulaName, inputs, w);
		}
		if (endTarget == null) {
			return Results.of(Outcome.notComputable(null, w.say(Phrase.NO_END_TARGET)), actual, formulaName, inputs,
					null, w);
		}
		Outcome outcome = Formulas.apply(method, Target.of(endTarget), actual, null, w);
		return Results.of(outcome, actual, formulaName, inputs, null, w);
	}

}
