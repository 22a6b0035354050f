package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static id.ukur.calculation.IndonesianNumbers.plain;

/**
 * Achievement (capaian) of one indicator, per calculation.md §1 and §2. Stateless.
 */
public final class Achievements {

	private Achievements() {
	}

	/**
	 * Achievement of one indicator for one period.
	 * @param method polarity and formula
	 * @param target the target (single or range); null gives {@code NOT_COMPUTABLE}
	 * @param actual the actual; null is not reported (never 0), a reported 0 is a value
	 * @param cap the region's achievement cap, or null; used here only as the value of
	 * {@code REVERSE_RATIO} with R = 0 — the indicator's own C is never capped
	 * @return the result with its explanation
	 */
	public static AchievementResult compute(Method method, Target target, BigDecimal actual, BigDecimal cap) {
		return compute(method, target, actual, cap, Wording.INDONESIAN);
	}

	/**
	 * {@link #compute(Method, Target, BigDecimal, BigDecimal)} explained in the given
	 * wording.
	 */
	public static AchievementResult compute(Method method, Target target, BigDecimal actual, BigDecimal cap,
			Wording w) {
		requireMethod(method);
		List<String> inputs = List.of(
				(target != null) ? "T = " + IndonesianNumbers.target(target) : w.say(Phrase.TARGET_NOT_SET, "T"),
				actualInput(actual, w));
		String formulaName = Formulas.name(method.formula(), w);
		if (actual == null) {
			return Results.notReported(formulaName, inputs, w);
		}
		if (target == null) {
			return Results.of(Outcome.notComputable(null, w.say(Phrase.NO_TARGET)), actual, formulaName, inputs, null,
					w);
		}
		Outcome outcome = Formulas.apply(method, target, actual, cap, w);
		return Results.of(outcome, actual, formulaName, Results.withCap(inputs, outcome, cap, w), null, w);
	}

	/**
	 * @return {@code R = 12}, or that R is not reported
	 */
	static String actualInput(BigDecimal actual, Wording w) {
		return (actual != null) ? "R = " + plain(actual) : w.say(Phrase.ACTUAL_NOT_REPORTED);
	}

	/**
	 * Achievement of a qualitative indicator: target and actual are mapped to numbers
	 * through the indicator's scale and then computed as numbers.
	 * @param method polarity and formula
	 * @param target the qualitative target, e.g. {@code "WTP"}
	 * @param actual the qualitative actual; null or blank is not reported
	 * @param scale the indicator's scale, e.g. WTP 4, WDP 3, TW 2, TMP 1
	 * @param cap the region's achievement cap, or null (see {@link #compute})
	 * @return the result; {@code NOT_COMPUTABLE} with {@code calc.qualitativeUnknown}
	 * when a value is not on the scale
	 */
	public static AchievementResult computeQualitative(Method method, String target, String actual,
			QualitativeScale scale, BigDecimal cap) {
		return computeQualitative(method, target, actual, scale, cap, Wording.INDONESIAN);
	}

	/**
	 * {@link #computeQualitative(Method, String, String, QualitativeScale, BigDecimal)}
	 * explained in the given wording.
	 */
	public static AchievementResult computeQualitative(Method method, String target, String actual,
			QualitativeScale scale, BigDecimal cap, Wording w) {
		requireMethod(method);
		if (scale == null) {
			throw new IllegalArgumentException("A qualitative indicator needs a scale");
		}
		boolean reported = actual != null && !actual.isBlank();
		return qualitative(method, target, actual, scale.score(target),
				reported ? scale.score(actual) : Optional.empty(), cap, w);
	}

	private static AchievementResult qualitative(Method method, String target, String actual,
			Optional<BigDecimal> targetScore, Optional<BigDecimal> actualScore, BigDecimal cap, Wording w) {
		boolean reported = actual != null && !actual.isBlank();
		List<String> inputs = List.of(qualitativeInput("T", target, targetScore, w),
				reported ? qualitativeInput("R", actual, actualScore, w) : w.say(Phrase.ACTUAL_NOT_REPORTED));
		String formulaName = Formulas.name(method.formula(), w);
		if (!reported) {
			return Results.notReported(formulaName, inputs, w);
		}
		if (targetScore.isEmpty() || actualScore.isEmpty()) {
			String unknown = targetScore.isEmpty() ? target : actual;
			Outcome outcome = Outcome.notComputable(Reasons.QUALITATIVE_UNKNOWN,
					Reasons.qualitativeUnknown(unknown, w));
			return Results.of(outcome, null, formulaName, inputs, null, w);
		}
		Outcome outcome = Formulas.apply(method, Target.of(targetScore.get()), actualScore.get(), cap, w);
		return Results.of(outcome, actualScore.get(), formulaName, Results.withCap(inputs, outcome, cap, w), null, w);
	}

	/**
	 * Period-to-date (or annual) achievement from the periods so far, per calculation.md
	 * §2. Periods without an actual are left out and make the result provisional; when no
	 * period has an actual the result is {@code NOT_REPORTED}.
	 * @param method polarity and formula
	 * @param aggregation how the periods combine
	 * @param periodsSoFar the periods in order, up to the one being measured; each needs
	 * a target
	 * @param cap the region's achievement cap, or null (see {@link #compute})
	 * @return the result, its explanation listing every period
	 */
	public static AchievementResult computePeriods(Method method, PeriodAggregation aggregation,
			List<PeriodValue> periodsSoFar, BigDecimal cap) {
		return computePeriods(method, aggregation, periodsSoFar, cap, Wording.INDONESIAN);
	}

	/**
	 * {@link #computePeriods(Method, PeriodAggregation, List, BigDecimal)} explained in
	 * the given wording.
	 */
	public static AchievementResult computePeriods(Method method, PeriodAggregation aggregation,
			List<PeriodValue> periodsSoFar, BigDecimal cap, Wording w) {
		requireMethod(method);
		if (aggregation == null) {
			throw new IllegalArgumentException("A periodic indicator needs a period aggregation");
		}
		return PeriodAggregator.aggregate(method, aggregation, periodsSoFar, cap, w);
	}

	/**
	 * The numbers of an achievement without its explanation: what {@link #compute},
	 * {@link #computeQualitative} or {@link #computePeriods} give for the same inputs,
	 * with a null {@link AchievementResult#explanation()}. Write the explanation with
	 * {@link #explain} when someone asks for it.
	 * @param workings the inputs
	 * @return the result, without explanation
	 */
	public static AchievementResult of(Workings workings) {
		return Figures.of(workings);
	}

	/**
	 * {@link #of} together with the target to date the achievement is compared with:
	 * {@link #periodTarget(Workings)} for {@link Workings.Kind#PERIODS}, the period's
	 * target for {@link Workings.Kind#SINGLE}, none for
	 * {@link Workings.Kind#QUALITATIVE}.
	 * @param workings the inputs
	 * @return the result (without explanation) and the target
	 */
	public static Measure measure(Workings workings) {
		if (workings.kind() == Workings.Kind.PERIODS) {
			requireMethod(workings.method());
			return Figures.measurePeriods(workings);
		}
		Target target = (workings.kind() == Workings.Kind.SINGLE) ? workings.terms().get(0).target() : null;
		return new Measure(Figures.of(workings), target);
	}

	/**
	 * The explanation of an achievement from what it was computed from, exactly as
	 * {@link #compute}, {@link #computeQualitative} or {@link #computePeriods} write it.
	 * @param workings the inputs
	 * @return the explanation (Indonesian)
	 */
	public static Explanation explain(Workings workings) {
		return explain(workings, Wording.INDONESIAN);
	}

	/**
	 * {@link #explain(Workings)} in the given wording.
	 * @return the explanation
	 */
	public static Explanation explain(Workings workings, Wording w) {
		Method method = workings.method();
		BigDecimal cap = workings.cap();
		AchievementResult result = switch (workings.kind()) {
			case SINGLE -> compute(method, workings.terms().get(0).target(), workings.terms().get(0).actual(), cap, w);
			case QUALITATIVE -> qualitative(method, workings.targetText(), workings.actualText(),
					Optional.ofNullable(workings.targetScore()), Optional.ofNullable(workings.actualScore()), cap, w);
			case PERIODS -> computePeriods(method, workings.aggregation(),
					workings.terms().stream().map(Workings.Term::periodValue).toList(), cap, w);
		};
		return result.explanation();
	}

	/**
	 * The period-to-date target that {@link #computePeriods} compares the actual with, so
	 * that a report can print the target the achievement really uses beside the period's
	 * own: ΣT of the reported periods ({@code CUMULATIVE}), the latest reported period's
	 * T ({@code LAST_VALUE}), the mean T of every period so far ({@code AVERAGE}). Before
	 * any period is reported, as if every period so far were.
	 * @return the target, or null when a period has none or there is no period
	 */
	public static Target periodTarget(PeriodAggregation aggregation, List<PeriodValue> periodsSoFar) {
		if (aggregation == null) {
			throw new IllegalArgumentException("A periodic indicator needs a period aggregation");
		}
		return PeriodAggregator.comparedTarget(aggregation, periodsSoFar);
	}

	/**
	 * {@link #periodTarget(PeriodAggregation, List)} of the periods kept in
	 * {@link Workings} ({@link Workings.Kind#PERIODS}).
	 * @return the target, or null when a period has none or there is no period
	 */
	public static Target periodTarget(Workings workings) {
		if (workings.aggregation() == null) {
			throw new IllegalArgumentException("A periodic indicator needs a period aggregation");
		}
		return Figures.comparedTarget(workings.aggregation(), workings.terms());
	}

	private static String qualitativeInput(String symbol, String value, Optional<BigDecimal> score, Wording w) {
		if (value == null || value.isBlank()) {
			return w.say(Phrase.TARGET_NOT_SET, symbol);
		}
		return symbol + " = " + value.trim()
				+ score.map((number) -> " (" + plain(number) + ")").orElse(w.say(Phrase.NOT_ON_SCALE));
	}

	static void requireMethod(Method method) {
		if (method == null) {
			throw new IllegalArgumentException("An indicator needs a method (polarity and formula)");
		}
	}

}
