package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of §1 and §2 of calculation.md without their explanation: the same rules as
 * {@link Formulas} and {@link PeriodAggregator}, which write the explanation when someone
 * asks for it. The equivalence test of the round module holds the two to the same
 * results.
 */
final class Figures {

	private static final AchievementResult NOT_REPORTED = new AchievementResult(ResultStatus.NOT_REPORTED, null, null,
			false, null, null, null);

	private Figures() {
	}

	static AchievementResult of(Workings workings) {
		Achievements.requireMethod(workings.method());
		return switch (workings.kind()) {
			case SINGLE -> single(workings);
			case QUALITATIVE -> qualitative(workings);
			case PERIODS -> periods(workings);
		};
	}

	private static AchievementResult single(Workings workings) {
		Workings.Term term = workings.terms().get(0);
		BigDecimal actual = term.actual();
		if (actual == null) {
			return NOT_REPORTED;
		}
		Target target = term.target();
		if (target == null) {
			return result(ResultStatus.NOT_COMPUTABLE, null, null, actual, false);
		}
		return apply(workings.method(), target, actual, workings.cap(), false);
	}

	private static AchievementResult qualitative(Workings workings) {
		if (workings.actualText() == null || workings.actualText().isBlank()) {
			return NOT_REPORTED;
		}
		if (workings.targetScore() == null || workings.actualScore() == null) {
			return result(ResultStatus.NOT_COMPUTABLE, null, null, null, false);
		}
		return apply(workings.method(), Target.of(workings.targetScore()), workings.actualScore(), workings.cap(),
				false);
	}

	private static AchievementResult periods(Workings workings) {
		return measurePeriods(workings).result();
	}

	/**
	 * The result of {@link Workings.Kind#PERIODS} with the target to date of
	 * {@link PeriodAggregator#comparedTarget}, both from one pass over the periods.
	 */
	static Measure measurePeriods(Workings workings) {
		if (workings.aggregation() == null) {
			throw new IllegalArgumentException("A periodic indicator needs a period aggregation");
		}
		int size = workings.terms().size();
		List<Target> all = new ArrayList<>(size);
		List<Target> reportedTargets = new ArrayList<>(size);
		List<BigDecimal> actuals = new ArrayList<>(size);
		for (Workings.Term term : workings.terms()) {
			Target target = term.target();
			if (target == null) {
				throw new IllegalArgumentException("Period " + term.period() + " has no target");
			}
			all.add(target);
			if (term.actual() != null) {
				reportedTargets.add(target);
				actuals.add(term.actual());
			}
		}
		if (all.isEmpty()) {
			return new Measure(NOT_REPORTED, null);
		}
		boolean mean = workings.aggregation() == PeriodAggregation.AVERAGE;
		boolean last = workings.aggregation() == PeriodAggregation.LAST_VALUE;
		List<Target> basis = (mean || actuals.isEmpty()) ? all : reportedTargets;
		Target compared = last ? basis.get(basis.size() - 1) : targetOf(basis, mean);
		if (actuals.isEmpty()) {
			return new Measure(NOT_REPORTED, compared);
		}
		BigDecimal actual = last ? actuals.get(actuals.size() - 1) : total(actuals, mean);
		return new Measure(apply(workings.method(), compared, actual, workings.cap(), actuals.size() < all.size()),
				compared);
	}

	/** {@link Formulas#apply} without the arithmetic. */
	private static AchievementResult apply(Method method, Target target, BigDecimal actual, BigDecimal cap,
			boolean provisional) {
		if (!target.isRange()) {
			return formula(method, target.value(), actual, cap, provisional);
		}
		if (actual.compareTo(target.min()) >= 0 && actual.compareTo(target.max()) <= 0) {
			return result(ResultStatus.COMPUTED, Formulas.scaled(Formulas.HUNDRED), null, actual, provisional);
		}
		BigDecimal used = (actual.compareTo(target.max()) > 0) ? target.max() : target.min();
		return formula(method, used, actual, cap, provisional);
	}

	private static AchievementResult formula(Method method, BigDecimal target, BigDecimal actual, BigDecimal cap,
			boolean provisional) {
		if (target.signum() == 0) {
			if (method.polarity() == Polarity.HIGHER_IS_BETTER) {
				return result(ResultStatus.NOT_COMPUTABLE, null, null, actual, provisional);
			}
			BigDecimal value = (actual.signum() > 0) ? BigDecimal.ZERO : Formulas.HUNDRED;
			return result(ResultStatus.COMPUTED, Formulas.scaled(value), BigDecimal.ZERO, actual, provisional);
		}
		BigDecimal exact;
		switch (method.formula()) {
			case RATIO -> exact = Formulas.percent(actual, target);
			case REVERSE_DIFFERENCE -> {
				exact = Formulas.percent(target.add(target).subtract(actual), target);
				if (exact.signum() < 0) {
					exact = Formulas.scaled(BigDecimal.ZERO);
				}
			}
			default -> {
				if (actual.signum() != 0) {
					exact = Formulas.percent(target, actual);
				}
				else if (target.signum() < 0 || cap == null) {
					return result(ResultStatus.NOT_COMPUTABLE, null, null, actual, provisional);
				}
				else {
					exact = Formulas.scaled(cap);
				}
			}
		}
		return result(ResultStatus.COMPUTED, exact, target, actual, provisional);
	}

	private static AchievementResult result(ResultStatus status, BigDecimal exact, BigDecimal targetUsed,
			BigDecimal actualUsed, boolean provisional) {
		return new AchievementResult(status, (exact != null) ? Formulas.rounded(exact) : null, exact, provisional,
				actualUsed, targetUsed, null);
	}

	/** {@link PeriodAggregator#comparedTarget} over kept terms. */
	static Target comparedTarget(PeriodAggregation aggregation, List<Workings.Term> terms) {
		if (terms.isEmpty()) {
			return null;
		}
		List<Target> all = new ArrayList<>(terms.size());
		List<Target> reported = new ArrayList<>(terms.size());
		for (Workings.Term term : terms) {
			Target target = term.target();
			if (target == null) {
				return null;
			}
			all.add(target);
			if (term.actual() != null) {
				reported.add(target);
			}
		}
		List<Target> basis = reported.isEmpty() ? all : reported;
		return switch (aggregation) {
			case CUMULATIVE -> targetOf(basis, false);
			case LAST_VALUE -> basis.get(basis.size() - 1);
			case AVERAGE -> targetOf(all, true);
		};
	}

	/** ΣT or the mean T, as {@link PeriodAggregator} takes it. */
	static Target targetOf(List<Target> targets, boolean mean) {
		// summed from 0 as PeriodAggregator sums, so that the scale of the sum is the
		// same
		BigDecimal low = BigDecimal.ZERO;
		boolean range = false;
		for (Target target : targets) {
			low = low.add(target.low());
			range |= target.isRange();
		}
		if (!range) {
			return Target.of(mean ? mean(low, targets.size()) : low);
		}
		BigDecimal high = BigDecimal.ZERO;
		for (Target target : targets) {
			high = high.add(target.high());
		}
		return mean ? Target.range(mean(low, targets.size()), mean(high, targets.size())) : Target.range(low, high);
	}

	private static BigDecimal mean(BigDecimal sum, int count) {
		return sum.divide(BigDecimal.valueOf(count), Formulas.WORK_SCALE, RoundingMode.HALF_UP);
	}

	static BigDecimal total(List<BigDecimal> values, boolean mean) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal value : values) {
			sum = sum.add(value);
		}
		return mean ? mean(sum, values.size()) : sum;
	}

}
