package id.ukur.round;

import java.math.BigDecimal;

import id.ukur.calculation.Explanation;
import id.ukur.calculation.ProjectionInputs;

/**
 * An indicator's early warning in a TW I–III recap (docs/calculation.md, "Early
 * warning"): the year-end actual projected from the quarters so far and the achievement
 * it would give against the year's target.
 *
 * @param method how it was projected ({@code PACE}, {@code TREND}, {@code TREND_MEAN},
 * {@code LEVEL}); pages show it by name through {@code projection.method.*}
 * @param actual the projected year-end actual
 * @param achievement the projected achievement, null when not computable
 * @param status {@code COMPUTED} or {@code NOT_COMPUTABLE}
 * @param atRisk whether the projection misses the year's target (from TW II on)
 * @param inputs what it was computed from, its explanation written from it when shown
 * @param explanation the explanation, null until written ({@link RecapExplanations})
 */
public record RecapProjection(String method, BigDecimal actual, BigDecimal achievement, String status, boolean atRisk,
		ProjectionInputs inputs, Explanation explanation) {

	/**
	 * @return this projection with its explanation written out
	 */
	public RecapProjection explained(Explanation written) {
		return new RecapProjection(this.method, this.actual, this.achievement, this.status, this.atRisk, this.inputs,
				written);
	}

}
