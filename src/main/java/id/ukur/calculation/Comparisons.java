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
		Achievements.requireMethod(method);
		List<String> inputs = List.of(
				(endTarget != null) ? "T (target akhir Renstra) = " + plain(endTarget)
						: "Target akhir Renstra belum ditetapkan",
				(actual != null) ? "R = " + plain(actual) : "R belum dilaporkan");
		String formulaName = Formulas.name(method.formula());
		if (actual == null) {
			return Results.notReported(formulaName, inputs);
		}
		if (endTarget == null) {
			return Results.of(Outcome.notComputable(null, Reasons.NO_END_TARGET_TEXT), actual, formulaName, inputs,
					null);
		}
		Outcome outcome = Formulas.apply(method, Target.of(endTarget), actual, null);
		return Results.of(outcome, actual, formulaName, inputs, null);
	}

}
