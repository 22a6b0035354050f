package id.ukur.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;

/**
 * A performance indicator with every setting of {@code product.md} §2. A target is either
 * {@code target} (a number, or a scale value for qualitative indicators) or the range
 * {@code targetMin}–{@code targetMax}. {@code actuals} holds values recorded outside
 * Ukur's rounds (earlier years brought in from spreadsheets), so that comparisons have
 * data.
 */
public record IndicatorDoc(String code, String name, String measureUnit, Boolean key, String definition,
		String formulation, String dataSource, Polarity polarity, Formula formula, PeriodAggregation aggregation,
		ValueType valueType, String unitCode, BigDecimal weight, PlanValue baseline, PlanValue endTarget,
		PlanValue target, BigDecimal targetMin, BigDecimal targetMax, Map<String, PeriodTarget> periodTargets,
		List<ScaleValue> scale, Map<String, PlanValue> actuals) {

	public IndicatorDoc {
		key = Boolean.TRUE.equals(key);
		weight = Decimals.clean(weight);
		targetMin = Decimals.clean(targetMin);
		targetMax = Decimals.clean(targetMax);
		periodTargets = Lists.periods(periodTargets);
		scale = (scale == null || scale.isEmpty()) ? null : List.copyOf(scale);
		actuals = (actuals == null || actuals.isEmpty()) ? null : Lists.periods(actuals);
	}

	/**
	 * @return whether the target is a range
	 */
	public boolean rangeTarget() {
		return this.targetMin != null || this.targetMax != null;
	}

	/**
	 * @return the target as shown in tables: {@code 70}, {@code WTP}, {@code 80–90}
	 */
	public String targetDisplay() {
		if (rangeTarget()) {
			return Decimals.plain(this.targetMin) + "–" + Decimals.plain(this.targetMax);
		}
		return (this.target != null) ? this.target.toString() : "";
	}

	/**
	 * @return a copy with another code
	 */
	public IndicatorDoc withActuals(Map<String, PlanValue> newActuals) {
		return new IndicatorDoc(this.code, this.name, this.measureUnit, this.key, this.definition, this.formulation,
				this.dataSource, this.polarity, this.formula, this.aggregation, this.valueType, this.unitCode,
				this.weight, this.baseline, this.endTarget, this.target, this.targetMin, this.targetMax,
				this.periodTargets, this.scale, newActuals);
	}

	/** One allowed value of a qualitative scale and the number it counts as. */
	public record ScaleValue(String value, BigDecimal score) {

		public ScaleValue {
			score = Decimals.clean(score);
		}

	}

}
