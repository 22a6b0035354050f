package id.ukur.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.ukur.calculation.Explanation;
import id.ukur.calculation.Workings;

/**
 * The calculation of a round: every indicator, every node of the plan and the agency.
 *
 * @param calculatedAt when the calculation ran; null for a recap of the values so far,
 * computed on the fly before anyone calculated (provisional throughout)
 * @param current whether no value changed since the calculation (false before it)
 * @param achievementCap the region's cap the calculation used, for the explanations (null
 * in a recap stored with its texts, as for every field below kept to write them)
 * @param efficiencyThreshold the region's efficiency threshold the calculation used
 * @param budgetShare the share of the annual budget the period to date used
 */
public record Recap(Instant calculatedAt, boolean current, String scaleCode, List<IndicatorResult> indicators,
		List<NodeResult> nodes, NodeResult agency, BigDecimal achievementCap, BigDecimal efficiencyThreshold,
		BigDecimal budgetShare) {

	/**
	 * A recap with its explanations as texts: stored before they were written on demand,
	 * or built by hand.
	 */
	public Recap(Instant calculatedAt, boolean current, String scaleCode, List<IndicatorResult> indicators,
			List<NodeResult> nodes, NodeResult agency) {
		this(calculatedAt, current, scaleCode, indicators, nodes, agency, null, null, null);
	}

	/**
	 * @return this recap marked current or not
	 */
	public Recap withCurrent(boolean current) {
		return new Recap(this.calculatedAt, current, this.scaleCode, this.indicators, this.nodes, this.agency,
				this.achievementCap, this.efficiencyThreshold, this.budgetShare);
	}

	/**
	 * @return whether the round's calculation ran; false for the values so far shown
	 * before it, which every page and document marks as provisional
	 */
	@JsonProperty("calculated")
	public boolean calculated() {
		return this.calculatedAt != null;
	}

	/**
	 * One indicator's achievement with everything needed to recompute it.
	 *
	 * @param target the period's own target as written (a quarter's own target)
	 * @param actual the actual as written
	 * @param status {@code COMPUTED}, {@code NOT_REPORTED} or {@code NOT_COMPUTABLE}
	 * @param needsFollowUp whether its rating is at or below the follow-up threshold
	 * @param targetValue {@code target} as a number (null for a range or a qualitative
	 * target)
	 * @param targetMin the lower end of a range {@code target}, else null
	 * @param targetMax the upper end of a range {@code target}, else null
	 * @param targetToDate the target the achievement is computed against, as written: the
	 * period-to-date target of the indicator's aggregation (in TW II of a cumulative
	 * indicator, TW I + TW II); equal to {@code target} where the period stands alone
	 * @param targetToDateValue {@code targetToDate} as a number, null for a range
	 * @param targetToDateMin the lower end of a range {@code targetToDate}
	 * @param targetToDateMax the upper end of a range {@code targetToDate}
	 * @param actualValue the actual as a number (null when not reported or qualitative)
	 * @param actualToDate the actual the achievement uses, as written: the period-to-date
	 * actual of the indicator's aggregation (TW I + TW II for a cumulative indicator);
	 * null when not reported or qualitative
	 * @param actualToDateValue {@code actualToDate} as a number * @param exact the
	 * achievement with 10 decimals, as roll-ups count it
	 * @param weight the indicator's weight in roll-ups, null for none
	 * @param workings what the achievement is computed from, its explanation written from
	 * it when shown ({@link RecapExplanations}); null in a recap stored with its texts
	 * ({@code explanation}, {@code inputs}, {@code formula}, {@code arithmetic},
	 * {@code rounding}), which the calculation no longer fills
	 * @param projection the early warning of a TW I–III recap, null otherwise and in a
	 * recap stored before it was made
	 */
	public record IndicatorResult(String indicatorCode, String name, String measureUnit, String nodeCode,
			String unitCode, String target, String actual, BigDecimal achievement, String rating, String ratingLabel,
			String status, boolean provisional, boolean needsFollowUp, String explanation, List<String> inputs,
			String formula, String arithmetic, String rounding, BigDecimal targetValue, BigDecimal targetMin,
			BigDecimal targetMax, String targetToDate, BigDecimal targetToDateValue, BigDecimal targetToDateMin,
			BigDecimal targetToDateMax, BigDecimal actualValue, String actualToDate, BigDecimal actualToDateValue,
			BigDecimal exact, BigDecimal weight, Workings workings, RecapProjection projection) {

		/** With its explanation as texts and without what it was computed from. */
		public IndicatorResult(String indicatorCode, String name, String measureUnit, String nodeCode, String unitCode,
				String target, String actual, BigDecimal achievement, String rating, String ratingLabel, String status,
				boolean provisional, boolean needsFollowUp, String explanation, List<String> inputs, String formula,
				String arithmetic, String rounding, BigDecimal targetValue, BigDecimal targetMin, BigDecimal targetMax,
				String targetToDate, BigDecimal targetToDateValue, BigDecimal targetToDateMin,
				BigDecimal targetToDateMax, BigDecimal actualValue, String actualToDate, BigDecimal actualToDateValue) {
			this(indicatorCode, name, measureUnit, nodeCode, unitCode, target, actual, achievement, rating, ratingLabel,
					status, provisional, needsFollowUp, explanation, inputs, formula, arithmetic, rounding, targetValue,
					targetMin, targetMax, targetToDate, targetToDateValue, targetToDateMin, targetToDateMax,
					actualValue, actualToDate, actualToDateValue, null, null, null, null);
		}

		/**
		 * @return this result with its explanation written out
		 */
		public IndicatorResult explained(Explanation explanation) {
			return new IndicatorResult(this.indicatorCode, this.name, this.measureUnit, this.nodeCode, this.unitCode,
					this.target, this.actual, this.achievement, this.rating, this.ratingLabel, this.status,
					this.provisional, this.needsFollowUp, explanation.text(), explanation.inputs(),
					explanation.formulaName(), explanation.arithmetic(), explanation.rounding(), this.targetValue,
					this.targetMin, this.targetMax, this.targetToDate, this.targetToDateValue, this.targetToDateMin,
					this.targetToDateMax, this.actualValue, this.actualToDate, this.actualToDateValue, this.exact,
					this.weight, this.workings, this.projection);
		}

		/**
		 * @return this result with another projection (its explanation written out)
		 */
		public IndicatorResult withProjection(RecapProjection other) {
			return new IndicatorResult(this.indicatorCode, this.name, this.measureUnit, this.nodeCode, this.unitCode,
					this.target, this.actual, this.achievement, this.rating, this.ratingLabel, this.status,
					this.provisional, this.needsFollowUp, this.explanation, this.inputs, this.formula, this.arithmetic,
					this.rounding, this.targetValue, this.targetMin, this.targetMax, this.targetToDate,
					this.targetToDateValue, this.targetToDateMin, this.targetToDateMax, this.actualValue,
					this.actualToDate, this.actualToDateValue, this.exact, this.weight, this.workings, other);
		}

		/** Without the numbers: a recap calculated before they were kept. */
		public IndicatorResult(String indicatorCode, String name, String measureUnit, String nodeCode, String unitCode,
				String target, String actual, BigDecimal achievement, String rating, String ratingLabel, String status,
				boolean provisional, boolean needsFollowUp, String explanation, List<String> inputs, String formula,
				String arithmetic, String rounding) {
			this(indicatorCode, name, measureUnit, nodeCode, unitCode, target, actual, achievement, rating, ratingLabel,
					status, provisional, needsFollowUp, explanation, inputs, formula, arithmetic, rounding, null, null,
					null, null, null, null, null, null, null, null);
		}

		/**
		 * @return the target the achievement uses, as written; the period's own target
		 * for a recap calculated before the period-to-date target was kept
		 */
		public String achievementTarget() {
			return (this.targetToDate != null) ? this.targetToDate : this.target;
		}

		/**
		 * @return the actual the achievement uses, as written; the period's own actual
		 * where it stands alone or for a recap calculated before this was kept
		 */
		public String achievementActual() {
			return (this.actualToDate != null) ? this.actualToDate : this.actual;
		}

		/**
		 * @return whether the period's own actual differs from the one the achievement
		 * uses
		 */
		public boolean ownActualDiffers() {
			return this.actualToDate != null && this.actual != null && this.actualValue != null
					&& this.actualToDateValue != null && this.actualValue.compareTo(this.actualToDateValue) != 0;
		}

		/**
		 * @return whether the period's own target differs from the one the achievement
		 * uses, so that pages and documents show both
		 */
		public boolean ownTargetDiffers() {
			return this.targetToDate != null && this.target != null && !this.targetToDate.equals(this.target);
		}

	}

	/**
	 * A goal, objective, program, activity or sub-activity (or the agency, kind
	 * {@code AGENCY}) with its roll-up and, where budgeted, its spending.
	 *
	 * @param absorption spent to date against the annual budget, in percent
	 * @param efficiency the efficiency code and its explanation
	 * ({@code EFFICIENT: D = …})
	 * @param budgetShare the share of the annual budget the period to date is compared
	 * with, in percent (25 in TW I, 100 for the year: {@code calculation.md})
	 * @param absorptionToDate spent to date against that share, in percent: what the
	 * efficiency compares with the achievement
	 * @param items the indicators the roll-up is over, its explanation written from them
	 * when shown; null when none, or in a recap stored with its texts
	 * @param efficiencyCode the efficiency verdict ({@code EFFICIENT} …), written out
	 * with its numbers into {@code efficiency} when shown
	 */
	public record NodeResult(String kind, String code, String name, int depth, BigDecimal achievement, String rating,
			String ratingLabel, boolean provisional, int counted, String explanation, BigDecimal budget,
			BigDecimal spent, BigDecimal absorption, String efficiency, BigDecimal budgetShare,
			BigDecimal absorptionToDate, List<String> items, String efficiencyCode) {

		/** With its explanation as text and without the indicators it is over. */
		public NodeResult(String kind, String code, String name, int depth, BigDecimal achievement, String rating,
				String ratingLabel, boolean provisional, int counted, String explanation, BigDecimal budget,
				BigDecimal spent, BigDecimal absorption, String efficiency, BigDecimal budgetShare,
				BigDecimal absorptionToDate) {
			this(kind, code, name, depth, achievement, rating, ratingLabel, provisional, counted, explanation, budget,
					spent, absorption, efficiency, budgetShare, absorptionToDate, null, null);
		}

		/**
		 * @return this roll-up with its explanation and efficiency written out
		 */
		public NodeResult explained(String explanation, String efficiency) {
			return new NodeResult(this.kind, this.code, this.name, this.depth, this.achievement, this.rating,
					this.ratingLabel, this.provisional, this.counted, explanation, this.budget, this.spent,
					this.absorption, efficiency, this.budgetShare, this.absorptionToDate, this.items,
					this.efficiencyCode);
		}

		/** Without the share: a recap calculated before it was kept. */
		public NodeResult(String kind, String code, String name, int depth, BigDecimal achievement, String rating,
				String ratingLabel, boolean provisional, int counted, String explanation, BigDecimal budget,
				BigDecimal spent, BigDecimal absorption, String efficiency) {
			this(kind, code, name, depth, achievement, rating, ratingLabel, provisional, counted, explanation, budget,
					spent, absorption, efficiency, null, null);
		}

	}

}
