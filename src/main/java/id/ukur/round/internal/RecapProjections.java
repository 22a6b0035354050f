package id.ukur.round.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.ukur.calculation.Method;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Projection;
import id.ukur.calculation.ProjectionInputs;
import id.ukur.calculation.Projections;
import id.ukur.calculation.Target;
import id.ukur.calculation.Workings;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.ValueType;
import id.ukur.round.Period;
import id.ukur.round.RecapProjection;

/**
 * The early warning of one indicator in a TW I–III recap (docs/calculation.md, "Early
 * warning"), from the quarters the recap already reads: the earlier quarters' actuals and
 * this round's.
 */
final class RecapProjections {

	private RecapProjections() {
	}

	/**
	 * @param actual this round's value, null when the indicator has none in the round
	 * @param earlier the actuals of the earlier quarters of the year, by quarter
	 * @return the projection; null for a half-year, TW IV or the year (the value is
	 * final), a qualitative indicator, one without aggregation, or no quarter reported
	 */
	static RecapProjection of(IndicatorDoc indicator, RecapCalculator.Actual actual, Map<String, BigDecimal> earlier,
			Period period, BigDecimal cap) {
		if (!period.quarter() || period == Period.TW4 || indicator.valueType() == ValueType.QUALITATIVE
				|| indicator.aggregation() == null) {
			return null;
		}
		List<Workings.Term> quarters = new ArrayList<>();
		for (String quarter : period.quartersToDate()) {
			BigDecimal value = quarter.equals(period.name()) ? ((actual != null) ? actual.number() : null)
					: earlier.get(quarter);
			quarters.add(Workings.Term.of(quarter, null, value));
		}
		ProjectionInputs inputs = ProjectionInputs.of(Method.of(indicator.polarity(), indicator.formula()),
				indicator.aggregation(), quarters, yearTarget(indicator), cap);
		Projection projection = Projections.of(inputs);
		if (projection == null) {
			return null;
		}
		return new RecapProjection(projection.method().name(), projection.actual(), projection.result().achievement(),
				projection.result().status().name(), projection.atRisk(), inputs, null);
	}

	/**
	 * The year's target: the plan's annual target (a number or a range); without one,
	 * from the four quarters' targets by the aggregation (their sum, TW IV's level, their
	 * mean).
	 */
	static Target yearTarget(IndicatorDoc indicator) {
		if (indicator.targetMin() != null && indicator.targetMax() != null) {
			return Target.range(indicator.targetMin(), indicator.targetMax());
		}
		if (indicator.target() != null && indicator.target().isNumber()) {
			return Target.of(indicator.target().number());
		}
		List<Target> quarters = new ArrayList<>();
		for (String quarter : Period.TW4.quartersToDate()) {
			Target target = RecapCalculator.target(indicator.periodTargets().get(quarter));
			if (target == null) {
				return null;
			}
			quarters.add(target);
		}
		if (indicator.aggregation() == PeriodAggregation.LAST_VALUE) {
			return quarters.get(3);
		}
		if (quarters.stream().anyMatch(Target::isRange)) {
			return null;
		}
		BigDecimal sum = quarters.stream().map(Target::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		return (indicator.aggregation() == PeriodAggregation.CUMULATIVE) ? Target.of(sum)
				: Target.of(sum.divide(BigDecimal.valueOf(4), 10, RoundingMode.HALF_UP).stripTrailingZeros());
	}

}
