package id.ukur.calculation;

import java.math.BigDecimal;

/**
 * The achievement of one indicator (for one period or period-to-date).
 *
 * @param status whether a value was computed
 * @param achievement C rounded half-up to 2 decimals; null unless {@code COMPUTED}
 * @param exact C with 10 decimals, as used by roll-ups; null unless {@code COMPUTED}
 * @param provisional whether some period's actual is still missing
 * @param actualUsed the R the formula used (the period-to-date R, or a qualitative
 * value's score); null when not reported
 * @param targetUsed the T the formula used (for a range, the end that R passed); null
 * when no formula was needed (R inside a range) or possible
 * @param explanation how the number came about
 */
public record AchievementResult(ResultStatus status, BigDecimal achievement, BigDecimal exact, boolean provisional,
		BigDecimal actualUsed, BigDecimal targetUsed, Explanation explanation) {

	/**
	 * @return whether an achievement was computed
	 */
	public boolean isComputed() {
		return this.status == ResultStatus.COMPUTED;
	}

}
