package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.ukur.calculation.IndonesianNumbers.operand;
import static id.ukur.calculation.IndonesianNumbers.plain;

/**
 * §2 of calculation.md: the period-to-date R and T of the periods so far.
 *
 * <p>
 * Periods without an actual are left out and make the result provisional. Readings chosen
 * where the spec leaves room:
 * <ul>
 * <li>{@code CUMULATIVE}: a period left out takes its target with it (otherwise a late
 * report would look like a shortfall): ΣR and ΣT over the reported periods. A range
 * target sums its ends, a single target counting as both ends.</li>
 * <li>{@code LAST_VALUE}: the actual and target of the latest reported period.</li>
 * <li>{@code AVERAGE}: the spec's table says "mean of the reported period actuals vs mean
 * of the period targets": the actuals of the reported periods are averaged, the targets
 * of all periods so far (the expected level to date does not depend on who reported). A
 * range target averages its ends.</li>
 * </ul>
 */
final class PeriodAggregator {

	private PeriodAggregator() {
	}

	static AchievementResult aggregate(Method method, PeriodAggregation aggregation, List<PeriodValue> periodsSoFar,
			BigDecimal cap, Wording w) {
		List<Named> all = new ArrayList<>();
		List<String> inputs = new ArrayList<>();
		for (PeriodValue period : (periodsSoFar != null) ? periodsSoFar : List.<PeriodValue>of()) {
			Named named = new Named(nameOf(period, all.size(), w), period);
			if (period.target() == null) {
				throw new IllegalArgumentException("Period " + named.name() + " has no target");
			}
			all.add(named);
			inputs.add(named.name() + ": T = " + IndonesianNumbers.target(period.target()) + ", "
					+ Achievements.actualInput(period.actual(), w));
		}
		List<Named> reported = all.stream().filter((named) -> named.value().actual() != null).toList();
		List<String> missing = all.stream().filter((named) -> named.value().actual() == null).map(Named::name).toList();
		String formulaName = Formulas.name(method.formula(), w) + "; " + describe(aggregation, w);
		if (reported.isEmpty()) {
			return Results.notReported(formulaName, inputs, w);
		}
		Aggregate aggregate = switch (aggregation) {
			case CUMULATIVE -> combine(reported, reported, false);
			case LAST_VALUE -> last(reported.get(reported.size() - 1));
			case AVERAGE -> combine(reported, all, true);
		};
		Outcome outcome = Formulas.apply(method, aggregate.target(), aggregate.actual(), cap, w)
			.prefixed(aggregate.prefix());
		String provisionalText = missing.isEmpty() ? null : Reasons.periodsMissing(missing, w);
		return Results.of(outcome, aggregate.actual(), formulaName, Results.withCap(inputs, outcome, cap, w),
				provisionalText, w);
	}

	private static Aggregate last(Named period) {
		return new Aggregate(period.value().actual(), period.value().target(), period.name() + ": ");
	}

	/**
	 * @param withActual the periods whose actuals are summed or averaged
	 * @param withTarget the periods whose targets are summed or averaged
	 */
	private static Aggregate combine(List<Named> withActual, List<Named> withTarget, boolean mean) {
		List<BigDecimal> actuals = withActual.stream().map((named) -> named.value().actual()).toList();
		List<Target> targets = withTarget.stream().map((named) -> named.value().target()).toList();
		BigDecimal actual = total(actuals, mean);
		Target target = targetOf(targets, mean);
		String prefix = "R = " + expression(actuals, IndonesianNumbers::operand, plain(actual), mean) + ", T = "
				+ expression(targets, PeriodAggregator::targetOperand, IndonesianNumbers.target(target), mean) + ": ";
		return new Aggregate(actual, target, prefix);
	}

	/**
	 * The period-to-date T that {@link #aggregate} compares R with, by the same rule;
	 * before any period is reported, as if every period so far were.
	 */
	static Target comparedTarget(PeriodAggregation aggregation, List<PeriodValue> periodsSoFar) {
		if (periodsSoFar == null || periodsSoFar.isEmpty()
				|| periodsSoFar.stream().anyMatch((period) -> period.target() == null)) {
			return null;
		}
		List<PeriodValue> reported = periodsSoFar.stream().filter((period) -> period.actual() != null).toList();
		List<PeriodValue> basis = reported.isEmpty() ? periodsSoFar : reported;
		return switch (aggregation) {
			case CUMULATIVE -> targetOf(basis.stream().map(PeriodValue::target).toList(), false);
			case LAST_VALUE -> basis.get(basis.size() - 1).target();
			case AVERAGE -> targetOf(periodsSoFar.stream().map(PeriodValue::target).toList(), true);
		};
	}

	/** ΣT or the mean T; a range sums (averages) its ends, a single target being both. */
	private static Target targetOf(List<Target> targets, boolean mean) {
		BigDecimal low = total(targets.stream().map(Target::low).toList(), mean);
		BigDecimal high = total(targets.stream().map(Target::high).toList(), mean);
		return targets.stream().anyMatch(Target::isRange) ? Target.range(low, high) : Target.of(low);
	}

	private static BigDecimal total(List<BigDecimal> values, boolean mean) {
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return mean ? sum.divide(BigDecimal.valueOf(values.size()), Formulas.WORK_SCALE, RoundingMode.HALF_UP) : sum;
	}

	/**
	 * @return {@code 12 + 15 = 27}, {@code (6 + 7) / 2 = 6,5}, or just {@code 12} for one
	 * term
	 */
	private static <T> String expression(List<T> terms, Function<T, String> format, String result, boolean mean) {
		if (terms.size() == 1) {
			return result;
		}
		String sum = terms.stream().map(format).collect(Collectors.joining(" + "));
		return (mean ? "(" + sum + ") / " + terms.size() : sum) + " = " + result;
	}

	private static String targetOperand(Target target) {
		return target.isRange() ? IndonesianNumbers.target(target) : operand(target.value());
	}

	private static String describe(PeriodAggregation aggregation, Wording w) {
		return w.say(switch (aggregation) {
			case CUMULATIVE -> Phrase.CUMULATIVE;
			case LAST_VALUE -> Phrase.LAST_VALUE;
			case AVERAGE -> Phrase.AVERAGE;
		});
	}

	private static String nameOf(PeriodValue period, int index, Wording w) {
		return (period.period() != null && !period.period().isBlank()) ? period.period().trim()
				: w.say(Phrase.PERIOD, index + 1);
	}

	private record Named(String name, PeriodValue value) {
	}

	private record Aggregate(BigDecimal actual, Target target, String prefix) {
	}

}
