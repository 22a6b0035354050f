package id.ukur.report.internal.lkjip;

import java.math.BigDecimal;
import java.util.Optional;

import id.ukur.calculation.AchievementResult;
import id.ukur.calculation.Comparisons;
import id.ukur.calculation.Method;
import id.ukur.calculation.QualitativeScale;
import id.ukur.calculation.Wording;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.ValueType;
import id.ukur.round.Figure;
import id.ukur.shared.Numbers;

/**
 * The progress of this year's actual towards the end-of-Renstra target, by
 * {@link Comparisons#progressToEndTarget}: the indicator's own formula with T = the end
 * target. A qualitative indicator's end target and actual count as their scores on the
 * indicator's scale, as its achievement does (docs/calculation.md, "Comparisons").
 */
final class EndTargetProgress {

	private EndTargetProgress() {
	}

	/**
	 * @param figure this year's final figure of the indicator, null when none
	 */
	static Lkjip.Progress of(IndicatorDoc indicator, Figure figure, Wording w) {
		if (indicator.polarity() == null) {
			return null;
		}
		Method method = Method.of(indicator.polarity(), indicator.formula());
		if (indicator.valueType() == ValueType.QUALITATIVE && indicator.scale() != null) {
			return qualitative(indicator, method, figure, w);
		}
		BigDecimal end = (indicator.endTarget() != null) ? indicator.endTarget().number() : null;
		BigDecimal actual = (figure != null) ? figure.actualValue() : null;
		return progress(Comparisons.progressToEndTarget(method, end, actual, w), "");
	}

	private static Lkjip.Progress qualitative(IndicatorDoc indicator, Method method, Figure figure, Wording w) {
		QualitativeScale scale = PlanActuals.scale(indicator);
		String endText = (indicator.endTarget() != null) ? indicator.endTarget().toString() : null;
		String actualText = (figure != null) ? figure.actual() : null;
		Optional<BigDecimal> end = (endText != null) ? scale.score(endText) : Optional.empty();
		Optional<BigDecimal> actual = (actualText != null) ? scale.score(actualText) : Optional.empty();
		StringBuilder scores = new StringBuilder();
		end.ifPresent((s) -> scores.append(endText).append(" = ").append(plain(s)).append("; "));
		actual.ifPresent((s) -> scores.append(actualText).append(" = ").append(plain(s)).append("; "));
		return progress(Comparisons.progressToEndTarget(method, end.orElse(null), actual.orElse(null), w),
				scores.toString());
	}

	private static Lkjip.Progress progress(AchievementResult result, String prefix) {
		String explanation = (result.explanation() != null) ? result.explanation().text() : null;
		String inputs = (result.explanation() != null) ? String.join("; ", result.explanation().inputs()) : "";
		return new Lkjip.Progress(result.achievement(), result.status().name(),
				prefix + inputs + ((explanation != null) ? " — " + explanation : ""));
	}

	private static String plain(BigDecimal value) {
		return Numbers.plain(value, Numbers.INDONESIAN);
	}

}
