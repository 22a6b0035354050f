package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static id.ukur.calculation.IndonesianNumbers.fixed;
import static id.ukur.calculation.IndonesianNumbers.plain;

/**
 * Budget absorption and efficiency per calculation.md §5. Stateless.
 */
public final class Budgets {

	/** The efficiency threshold when the region has not set one: 5 percentage points. */
	public static final BigDecimal DEFAULT_EFFICIENCY_THRESHOLD = BigDecimal.valueOf(5);

	private Budgets() {
	}

	/**
	 * Absorption (serapan) = spent / budget × 100.
	 * @param spent the amount spent (cumulative over the periods so far)
	 * @param budget the budget ceiling (pagu)
	 * @return the absorption in percent, half-up to 2 decimals; null when the budget is
	 * missing or 0, or nothing spent was reported
	 */
	public static BigDecimal absorption(BigDecimal spent, BigDecimal budget) {
		if (spent == null || budget == null || budget.signum() == 0) {
			return null;
		}
		return spent.multiply(Formulas.HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
	}

	/**
	 * The share of the annual budget a period to date may be expected to use, when the
	 * plan holds one annual budget (pagu) and no budget per quarter: the elapsed share of
	 * the year.
	 * @param quartersElapsed quarters from the start of the year to the end of the period
	 * (TW I 1, Semester 1 2, TW III 3, the year 4)
	 * @return 25, 50, 75 or 100 (percent)
	 */
	public static BigDecimal elapsedShare(int quartersElapsed) {
		if (quartersElapsed < 1 || quartersElapsed > 4) {
			throw new IllegalArgumentException("A period covers 1 to 4 quarters, got " + quartersElapsed);
		}
		return BigDecimal.valueOf(25L * quartersElapsed);
	}

	/**
	 * Absorption against the period's share of the budget: spent to date / (budget ×
	 * share / 100) × 100, so that it compares with an achievement measured against the
	 * period-to-date target. With a share of 100 it is the plain {@link #absorption}.
	 * @param spent spent from the start of the year to the end of the period
	 * @param budget the annual budget (pagu)
	 * @param share the share of the budget for the period to date, in percent (see
	 * {@link #elapsedShare})
	 * @return the absorption to date in percent, half-up to 2 decimals; null when a
	 * number is missing or the budget or share is 0
	 */
	public static BigDecimal absorptionToDate(BigDecimal spent, BigDecimal budget, BigDecimal share) {
		if (spent == null || budget == null || share == null || budget.signum() == 0 || share.signum() == 0) {
			return null;
		}
		BigDecimal expected = budget.multiply(share);
		return spent.multiply(Formulas.HUNDRED).multiply(Formulas.HUNDRED).divide(expected, 2, RoundingMode.HALF_UP);
	}

	/**
	 * Efficiency of a period to date, like with like: the mean achievement (measured
	 * against period-to-date targets) minus the absorption against the period's share of
	 * the budget ({@link #absorptionToDate}); then the rule of {@link #efficiency}. For
	 * the whole year (share 100) it is exactly {@link #efficiency} with the plain
	 * absorption.
	 * @return the efficiency, its explanation naming the share; null when a number is
	 * missing
	 */
	public static EfficiencyResult efficiencyToDate(BigDecimal meanAchievement, BigDecimal spent, BigDecimal budget,
			BigDecimal share, BigDecimal threshold) {
		return efficiencyToDate(meanAchievement, spent, budget, share, threshold, Wording.INDONESIAN);
	}

	/**
	 * {@link #efficiencyToDate(BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal)}
	 * explained in the given wording.
	 */
	public static EfficiencyResult efficiencyToDate(BigDecimal meanAchievement, BigDecimal spent, BigDecimal budget,
			BigDecimal share, BigDecimal threshold, Wording w) {
		BigDecimal toDate = absorptionToDate(spent, budget, share);
		EfficiencyResult result = efficiency(meanAchievement, toDate, threshold, w);
		if (result == null || share.compareTo(Formulas.HUNDRED) == 0) {
			return result;
		}
		String basis = w.say(Phrase.ABSORPTION_TO_DATE, plain(share), fixed(absorption(spent, budget), 2),
				fixed(toDate, 2));
		return new EfficiencyResult(result.meanAchievement(), result.absorption(), result.difference(),
				result.efficiency(), basis + result.explanation());
	}

	/**
	 * The verdict of {@link #efficiencyToDate} without its explanation.
	 * @return the efficiency, or null when a number is missing
	 */
	public static Efficiency efficiencyToDateOf(BigDecimal meanAchievement, BigDecimal spent, BigDecimal budget,
			BigDecimal share, BigDecimal threshold) {
		BigDecimal absorption = absorptionToDate(spent, budget, share);
		if (meanAchievement == null || absorption == null) {
			return null;
		}
		return verdict(meanAchievement.subtract(absorption).setScale(2, RoundingMode.HALF_UP), limit(threshold));
	}

	/** The threshold in use: the region's, or the default; never negative. */
	private static BigDecimal limit(BigDecimal threshold) {
		BigDecimal limit = (threshold != null) ? threshold : DEFAULT_EFFICIENCY_THRESHOLD;
		if (limit.signum() < 0) {
			throw new IllegalArgumentException("The efficiency threshold cannot be negative: " + limit);
		}
		return limit;
	}

	/** The one rule of {@link #efficiency}, with or without its explanation. */
	private static Efficiency verdict(BigDecimal difference, BigDecimal limit) {
		if (difference.compareTo(limit) > 0) {
			return Efficiency.EFFICIENT;
		}
		return (difference.compareTo(limit.negate()) < 0) ? Efficiency.INEFFICIENT : Efficiency.FAIRLY_EFFICIENT;
	}

	/**
	 * Efficiency: D = mean achievement − absorption; D &gt; threshold is efficient, |D| ≤
	 * threshold fairly efficient, D &lt; −threshold inefficient. D is rounded to 2
	 * decimals before it is compared, so the label always agrees with the number shown.
	 * @param meanAchievement the mean achievement of the program's (activity's)
	 * indicators
	 * @param absorption its absorption in percent
	 * @param threshold the region's threshold in percentage points, or null for
	 * {@link #DEFAULT_EFFICIENCY_THRESHOLD}
	 * @return the efficiency, or null when either number is missing
	 */
	public static EfficiencyResult efficiency(BigDecimal meanAchievement, BigDecimal absorption, BigDecimal threshold) {
		return efficiency(meanAchievement, absorption, threshold, Wording.INDONESIAN);
	}

	/**
	 * {@link #efficiency(BigDecimal, BigDecimal, BigDecimal)} explained in the given
	 * wording.
	 */
	public static EfficiencyResult efficiency(BigDecimal meanAchievement, BigDecimal absorption, BigDecimal threshold,
			Wording w) {
		if (meanAchievement == null || absorption == null) {
			return null;
		}
		BigDecimal limit = limit(threshold);
		BigDecimal difference = meanAchievement.subtract(absorption).setScale(2, RoundingMode.HALF_UP);
		Efficiency efficiency = verdict(difference, limit);
		String comparison = switch (efficiency) {
			case EFFICIENT -> w.say(Phrase.EFFICIENT, plain(limit));
			case INEFFICIENT -> w.say(Phrase.INEFFICIENT, plain(limit.negate()));
			case FAIRLY_EFFICIENT -> w.say(Phrase.FAIRLY_EFFICIENT, plain(limit.negate()), plain(limit));
		};
		String explanation = "D = " + fixed(meanAchievement, 2) + " − " + fixed(absorption, 2) + " = "
				+ fixed(difference, 2) + comparison;
		return new EfficiencyResult(meanAchievement, absorption, difference, efficiency, explanation);
	}

}
