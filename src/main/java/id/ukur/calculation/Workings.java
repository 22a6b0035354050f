package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an indicator's achievement was computed from, kept so that its explanation can be
 * written when someone asks for it ({@link Achievements#explain}) instead of with every
 * calculation: the method, the inputs per period and the cap. The numbers follow from it
 * through {@link Achievements#of}.
 *
 * @param kind how the inputs are read
 * @param method polarity and formula
 * @param aggregation how the periods combine ({@link Kind#PERIODS} only)
 * @param terms the target and actual of the period ({@link Kind#SINGLE}: one term), or of
 * each period so far in order ({@link Kind#PERIODS}); none for {@link Kind#QUALITATIVE}
 * @param targetText the qualitative target ({@link Kind#QUALITATIVE} only)
 * @param actualText the qualitative actual, null or blank when not reported
 * @param targetScore the qualitative target's score, null when not on the scale
 * @param actualScore the qualitative actual's score, null when not on the scale
 * @param cap the region's achievement cap, or null
 */
public record Workings(Kind kind, Method method, PeriodAggregation aggregation, List<Term> terms, String targetText,
		String actualText, BigDecimal targetScore, BigDecimal actualScore, BigDecimal cap) {

	/**
	 * Copies the terms so the workings cannot change afterwards.
	 */
	public Workings {
		terms = (terms != null) ? List.copyOf(terms) : List.of();
	}

	/**
	 * @return the workings of {@link Achievements#compute}
	 */
	public static Workings single(Method method, Target target, BigDecimal actual, BigDecimal cap) {
		return new Workings(Kind.SINGLE, method, null, List.of(Term.of(null, target, actual)), null, null, null, null,
				cap);
	}

	/**
	 * @return the workings of {@link Achievements#computePeriods}
	 */
	public static Workings periods(Method method, PeriodAggregation aggregation, List<Term> terms, BigDecimal cap) {
		return new Workings(Kind.PERIODS, method, aggregation, terms, null, null, null, null, cap);
	}

	/**
	 * @return the workings of {@link Achievements#computeQualitative}, the values already
	 * scored on the indicator's scale
	 */
	public static Workings qualitative(Method method, String target, String actual, QualitativeScale scale,
			BigDecimal cap) {
		boolean reported = actual != null && !actual.isBlank();
		return new Workings(Kind.QUALITATIVE, method, null, null, target, actual, scale.score(target).orElse(null),
				reported ? scale.score(actual).orElse(null) : null, cap);
	}

	/** How the inputs are read. */
	public enum Kind {

		/** One target against one actual. */
		SINGLE,

		/** The periods so far, combined by the aggregation. */
		PERIODS,

		/** Qualitative values mapped to their scores. */
		QUALITATIVE

	}

	/**
	 * One period's target (a value, or a range {@code min}–{@code max}, or none) and
	 * actual (null when not reported).
	 *
	 * @param period the period's name, e.g. {@code TW1}; null for a single period
	 */
	public record Term(String period, BigDecimal value, BigDecimal min, BigDecimal max, BigDecimal actual) {

		/**
		 * @param target the target, or null when none
		 */
		public static Term of(String period, Target target, BigDecimal actual) {
			return (target == null) ? new Term(period, null, null, null, actual)
					: new Term(period, target.value(), target.min(), target.max(), actual);
		}

		/**
		 * @return the target, or null when none
		 */
		public Target target() {
			if (this.value != null) {
				return Target.of(this.value);
			}
			return (this.min != null && this.max != null) ? Target.range(this.min, this.max) : null;
		}

		PeriodValue periodValue() {
			return new PeriodValue(this.period, target(), this.actual);
		}

	}

}
