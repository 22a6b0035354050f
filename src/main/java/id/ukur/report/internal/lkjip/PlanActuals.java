package id.ukur.report.internal.lkjip;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.ukur.calculation.AchievementResult;
import id.ukur.calculation.Achievements;
import id.ukur.calculation.Method;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.PeriodValue;
import id.ukur.calculation.QualitativeScale;
import id.ukur.calculation.ScaleEntry;
import id.ukur.calculation.Target;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanValue;
import id.ukur.plan.Periods;
import id.ukur.plan.ValueType;

/**
 * An earlier year's actual and achievement from the actuals recorded in that year's plan
 * ({@code IndicatorDoc.actuals}, values brought in from spreadsheets) where no round of
 * the year holds them: the quarters' targets and actuals combined by the indicator's
 * aggregation, exactly as a TW IV round would (docs/calculation.md, "Over periods").
 */
final class PlanActuals {

	/** Decimals of a mean shown as the year's actual. */
	private static final int SHOWN_DECIMALS = 2;

	private PlanActuals() {
	}

	/**
	 * @return the year's actual and achievement, or {@link Lkjip.PastYear#none} when the
	 * plan records no actual of the indicator
	 */
	static Lkjip.PastYear of(int year, IndicatorDoc indicator, BigDecimal cap) {
		Map<String, PlanValue> actuals = indicator.actuals();
		if (actuals == null || actuals.isEmpty() || indicator.polarity() == null) {
			return Lkjip.PastYear.none(year);
		}
		Method method = Method.of(indicator.polarity(), indicator.formula());
		if (indicator.valueType() == ValueType.QUALITATIVE) {
			return qualitative(year, indicator, method, cap);
		}
		PeriodAggregation aggregation = (indicator.aggregation() != null) ? indicator.aggregation()
				: PeriodAggregation.LAST_VALUE;
		List<PeriodValue> periods = new ArrayList<>();
		for (String quarter : Periods.QUARTERS) {
			PlanValue actual = actuals.get(quarter);
			periods.add(new PeriodValue(quarter, target(indicator, quarter),
					(actual != null && actual.isNumber()) ? actual.number() : null));
		}
		if (periods.stream().anyMatch((p) -> p.target() == null)) {
			return Lkjip.PastYear.none(year);
		}
		AchievementResult result = Achievements.computePeriods(method, aggregation, periods, cap);
		String actual = (result.actualUsed() != null) ? result.actualUsed()
			.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString() : null;
		return new Lkjip.PastYear(year, actual, result.achievement(), result.status().name(), result.provisional(),
				"PLAN");
	}

	/** The latest quarter with a recorded value against that quarter's target. */
	private static Lkjip.PastYear qualitative(int year, IndicatorDoc indicator, Method method, BigDecimal cap) {
		if (indicator.scale() == null) {
			return Lkjip.PastYear.none(year);
		}
		String quarter = null;
		for (String q : Periods.QUARTERS) {
			PlanValue value = indicator.actuals().get(q);
			if (value != null && value.text() != null && !value.text().isBlank()) {
				quarter = q;
			}
		}
		if (quarter == null) {
			return Lkjip.PastYear.none(year);
		}
		PeriodTarget periodTarget = indicator.periodTargets().get(quarter);
		String target = (periodTarget != null && periodTarget.text() != null) ? periodTarget.text()
				: (indicator.target() != null) ? indicator.target().text() : null;
		String actual = indicator.actuals().get(quarter).text();
		AchievementResult result = Achievements.computeQualitative(method, target, actual, scale(indicator), cap);
		return new Lkjip.PastYear(year, actual, result.achievement(), result.status().name(),
				!Periods.QUARTERS.get(3).equals(quarter), "PLAN");
	}

	/** The indicator's scale as the calculation reads it. */
	static QualitativeScale scale(IndicatorDoc indicator) {
		return new QualitativeScale(
				indicator.scale().stream().map((v) -> new ScaleEntry(v.value(), v.score())).toList());
	}

	private static Target target(IndicatorDoc indicator, String quarter) {
		PeriodTarget target = indicator.periodTargets().get(quarter);
		if (target == null) {
			return null;
		}
		if (target.isRange()) {
			return (target.min() != null && target.max() != null) ? Target.range(target.min(), target.max()) : null;
		}
		return (target.value() != null) ? Target.of(target.value()) : null;
	}

}
