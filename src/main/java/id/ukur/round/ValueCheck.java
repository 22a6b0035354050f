package id.ukur.round;

import java.math.BigDecimal;
import java.util.List;

import id.ukur.calculation.PlausibilityFlag;

/**
 * What the unit and the team see beside a value (docs/calculation.md, "Plausibility
 * checks"): its flags, the values it is compared with and the achievement it would give.
 *
 * @param indicatorCode the indicator
 * @param flags the doubts about the value, empty when it looks plausible or is empty
 * @param previous the value of the previous period on record (the agency's accepted
 * value, else the plan's recorded actual, else the previous value the form showed), or
 * null
 * @param lastYear the accepted value of the same period of the previous year, or null
 * @param achievement the achievement the values entered so far would give, computed as
 * the recap computes it; always provisional (the value may still change), null when not
 * computed
 * @param achievementStatus {@code COMPUTED}, {@code NOT_REPORTED} or
 * {@code NOT_COMPUTABLE}
 * @param rating the rating of that achievement on the round's scale (its code), or null
 * @param ratingLabel the rating as the scale names it, or null
 */
public record ValueCheck(String indicatorCode, List<PlausibilityFlag> flags, BigDecimal previous, BigDecimal lastYear,
		BigDecimal achievement, String achievementStatus, String rating, String ratingLabel) {

	/** A check without a rating (a save's answer computes no achievement). */
	public ValueCheck(String indicatorCode, List<PlausibilityFlag> flags, BigDecimal previous, BigDecimal lastYear,
			BigDecimal achievement, String achievementStatus) {
		this(indicatorCode, flags, previous, lastYear, achievement, achievementStatus, null, null);
	}

	/**
	 * Copies the flags so the check cannot change afterwards.
	 */
	public ValueCheck {
		flags = (flags != null) ? List.copyOf(flags) : List.of();
	}

}
