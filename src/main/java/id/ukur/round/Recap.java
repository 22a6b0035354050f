package id.ukur.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The calculation of a round: every indicator, every node of the plan and the agency.
 *
 * @param current whether no value changed since the calculation
 */
public record Recap(Instant calculatedAt, boolean current, String scaleCode, List<IndicatorResult> indicators,
		List<NodeResult> nodes, NodeResult agency) {

	/**
	 * One indicator's achievement with everything needed to recompute it.
	 *
	 * @param status {@code COMPUTED}, {@code NOT_REPORTED} or {@code NOT_COMPUTABLE}
	 * @param needsFollowUp whether its rating is at or below the follow-up threshold
	 */
	public record IndicatorResult(String indicatorCode, String name, String measureUnit, String nodeCode,
			String unitCode, String target, String actual, BigDecimal achievement, String rating, String ratingLabel,
			String status, boolean provisional, boolean needsFollowUp, String explanation, List<String> inputs,
			String formula, String arithmetic, String rounding) {
	}

	/**
	 * A goal, objective, program, activity or sub-activity (or the agency, kind
	 * {@code AGENCY}) with its roll-up and, where budgeted, its spending.
	 */
	public record NodeResult(String kind, String code, String name, int depth, BigDecimal achievement, String rating,
			String ratingLabel, boolean provisional, int counted, String explanation, BigDecimal budget,
			BigDecimal spent, BigDecimal absorption, String efficiency) {
	}

}
