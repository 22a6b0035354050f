package id.ukur.calculation;

import java.math.BigDecimal;

/**
 * A projected year-end actual and the achievement it would give (docs/calculation.md,
 * "Early warning").
 *
 * @param method how the actual was projected
 * @param actual the projected year-end actual, rounded half-up to 2 decimals (the number
 * the achievement is computed from, so that it can be recomputed by hand)
 * @param result the achievement of the projected actual against the year's target by the
 * indicator's own formula
 * @param atRisk whether the projection misses the year's target: a computed achievement
 * below 100 with at least two quarters of the year elapsed
 * @param explanation how the numbers came about, null from {@link Projections#of}
 */
public record Projection(ProjectionMethod method, BigDecimal actual, AchievementResult result, boolean atRisk,
		Explanation explanation) {

}
