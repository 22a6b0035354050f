package id.ukur.plan.web;

import java.math.BigDecimal;
import java.util.List;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanValue;

/**
 * One case for the calculator (see {@code api.md}): a target (a number, a scale value, or
 * a range), an actual, or periods with an aggregation.
 */
record CalculatorCase(Polarity polarity, Formula formula, PlanValue target, BigDecimal targetMin, BigDecimal targetMax,
		PlanValue actual, List<IndicatorDoc.ScaleValue> scale, PeriodAggregation aggregation, List<Period> periods) {

	/** One period of a periodic case. */
	record Period(String period, BigDecimal target, BigDecimal targetMin, BigDecimal targetMax, BigDecimal actual) {
	}

}
