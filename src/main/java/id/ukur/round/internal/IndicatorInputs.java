package id.ukur.round.internal;

import id.ukur.calculation.AchievementResult;
import id.ukur.calculation.Achievements;
import id.ukur.calculation.Measure;
import id.ukur.calculation.Method;
import id.ukur.calculation.QualitativeScale;
import id.ukur.calculation.ScaleEntry;
import id.ukur.calculation.Target;
import id.ukur.calculation.Workings;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.ValueType;
import id.ukur.round.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One indicator of a recap, read once: what its achievement is computed from
 * ({@link Workings}) and the target it is compared with, each period's target taken from
 * the plan copy a single time (docs/performance.md: the recap used to look every
 * quarter's target up and parse the kept target text again for each of its uses).
 */
final class IndicatorInputs {

	private final Period period;

	private final List<String> quarters;

	private final BigDecimal cap;

	IndicatorInputs(Period period, BigDecimal cap) {
		this.period = period;
		this.quarters = period.quartersToDate();
		this.cap = cap;
	}

	/**
	 * @param earlier the actuals of earlier quarters of the year, by quarter
	 */
	Prepared prepare(IndicatorDoc indicator, RecapCalculator.Actual actual, Map<String, BigDecimal> earlier) {
		Method method = Method.of(indicator.polarity(), indicator.formula());
		if (indicator.valueType() == ValueType.QUALITATIVE) {
			List<ScaleEntry> entries = (indicator.scale() != null)
					? indicator.scale().stream().map((s) -> new ScaleEntry(s.value(), s.score())).toList() : List.of();
			String target = RecapCalculator.qualitativeTarget(indicator, this.period);
			Workings workings = Workings.qualitative(method, target, actual.text(), new QualitativeScale(entries),
					this.cap);
			return new Prepared(workings, Achievements.of(workings), target, null);
		}
		Workings.Term[] terms = this.period.quarter() && indicator.aggregation() != null
				? terms(indicator, actual, earlier) : null;
		if (terms != null) {
			return prepared(Workings.periods(method, indicator.aggregation(), List.of(terms), this.cap));
		}
		Target target = RecapCalculator.periodToDateTarget(indicator, this.period);
		return prepared(Workings.single(method, target, actual.number(), this.cap));
	}

	/**
	 * @return the quarters so far with their targets and actuals, or null when a quarter
	 * has no target (then the indicator is measured against its period's target)
	 */
	private Workings.Term[] terms(IndicatorDoc indicator, RecapCalculator.Actual actual,
			Map<String, BigDecimal> earlier) {
		Workings.Term[] terms = new Workings.Term[this.quarters.size()];
		for (int i = 0; i < terms.length; i++) {
			String quarter = this.quarters.get(i);
			PeriodTarget kept = indicator.periodTargets().get(quarter);
			Target target = RecapCalculator.target(kept);
			if (target == null) {
				return null;
			}
			BigDecimal value = (i == terms.length - 1) ? actual.number() : earlier.get(quarter);
			terms[i] = Workings.Term.of(quarter, target, value);
		}
		return terms;
	}

	private static Prepared prepared(Workings workings) {
		Measure measure = Achievements.measure(workings);
		Target kept = TargetTexts.cleaned(measure.target());
		return new Prepared(workings, measure.result(), TargetTexts.textOfCleaned(kept), kept);
	}

	/**
	 * @param targetToDate the target compared with, as kept
	 * @param keptTarget {@code targetToDate} as numbers (null for a qualitative target)
	 */
	record Prepared(Workings workings, AchievementResult result, String targetToDate, Target keptTarget) {
	}

}
