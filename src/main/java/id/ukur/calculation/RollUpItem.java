package id.ukur.calculation;

import java.math.BigDecimal;

/**
 * One indicator in a roll-up.
 *
 * @param code the indicator's code, used to list it when excluded or capped
 * @param result its achievement
 * @param weight its weight, or null when unweighted
 */
public record RollUpItem(String code, AchievementResult result, BigDecimal weight) {

	/**
	 * @throws IllegalArgumentException when the result is missing or the weight negative
	 */
	public RollUpItem {
		if (result == null) {
			throw new IllegalArgumentException("Roll-up item " + code + " has no result");
		}
		if (weight != null && weight.signum() < 0) {
			throw new IllegalArgumentException("Roll-up item " + code + " has a negative weight");
		}
	}

}
