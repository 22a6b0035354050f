package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a year-end projection is computed from, kept so that its explanation can be
 * written when someone asks for it ({@link Projections#explain}).
 *
 * @param method the indicator's polarity and formula
 * @param aggregation how its quarters combine
 * @param quarters the quarters of the year so far in order (TW I first, at most three),
 * each with its actual (null when not reported); their targets are not used
 * @param yearValue the year's target, null for a range or none
 * @param yearMin the lower end of a range year target
 * @param yearMax the upper end of a range year target
 * @param cap the region's achievement cap, or null
 */
public record ProjectionInputs(Method method, PeriodAggregation aggregation, List<Workings.Term> quarters,
		BigDecimal yearValue, BigDecimal yearMin, BigDecimal yearMax, BigDecimal cap) {

	/**
	 * Copies the quarters so the inputs cannot change afterwards.
	 */
	public ProjectionInputs {
		quarters = (quarters != null) ? List.copyOf(quarters) : List.of();
	}

	/**
	 * @param yearTarget the year's target, or null when none
	 * @return the inputs
	 */
	public static ProjectionInputs of(Method method, PeriodAggregation aggregation, List<Workings.Term> quarters,
			Target yearTarget, BigDecimal cap) {
		return (yearTarget == null) ? new ProjectionInputs(method, aggregation, quarters, null, null, null, cap)
				: new ProjectionInputs(method, aggregation, quarters, yearTarget.value(), yearTarget.min(),
						yearTarget.max(), cap);
	}

	/**
	 * @return the year's target, or null when none
	 */
	public Target yearTarget() {
		if (this.yearValue != null) {
			return Target.of(this.yearValue);
		}
		return (this.yearMin != null && this.yearMax != null) ? Target.range(this.yearMin, this.yearMax) : null;
	}

}
