package id.ukur.calculation;

import java.math.BigDecimal;

import static id.ukur.calculation.IndonesianNumbers.fixed;

/**
 * What one formula gave, before it is dressed as an {@link AchievementResult}.
 *
 * @param status computed or not computable
 * @param exact C with {@link Formulas#EXACT_SCALE} decimals, null unless computed
 * @param targetUsed the T put into the formula
 * @param arithmetic the filled-in formula with its result, null when not computable
 * @param reasonCode why not computable, or null
 * @param reason the sentence for the reason, or null
 * @param capApplied whether the region's cap supplied the value
 */
record Outcome(ResultStatus status, BigDecimal exact, BigDecimal targetUsed, String arithmetic, String reasonCode,
		String reason, boolean capApplied) {

	static Outcome computed(BigDecimal exact, BigDecimal targetUsed, String expression) {
		return new Outcome(ResultStatus.COMPUTED, exact, targetUsed, expression + " = " + fixed(exact, 2), null, null,
				false);
	}

	/**
	 * @param arithmetic the arithmetic already ending with its result
	 */
	static Outcome computed(BigDecimal exact, BigDecimal targetUsed, String arithmetic, boolean capApplied) {
		return new Outcome(ResultStatus.COMPUTED, exact, targetUsed, arithmetic, null, null, capApplied);
	}

	static Outcome notComputable(String reasonCode, String reason) {
		return new Outcome(ResultStatus.NOT_COMPUTABLE, null, null, null, reasonCode, reason, false);
	}

	Outcome prefixed(String prefix) {
		String text = (this.arithmetic != null) ? prefix + this.arithmetic : null;
		return new Outcome(this.status, this.exact, this.targetUsed, text, this.reasonCode, this.reason,
				this.capApplied);
	}

}
