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
		if (meanAchievement == null || absorption == null) {
			return null;
		}
		BigDecimal limit = (threshold != null) ? threshold : DEFAULT_EFFICIENCY_THRESHOLD;
		if (limit.signum() < 0) {
			throw new IllegalArgumentException("The efficiency threshold cannot be negative: " + limit);
		}
		BigDecimal difference = meanAchievement.subtract(absorption).setScale(2, RoundingMode.HALF_UP);
		Efficiency efficiency;
		String comparison;
		if (difference.compareTo(limit) > 0) {
			efficiency = Efficiency.EFFICIENT;
			comparison = " > " + plain(limit) + " → Efisien";
		}
		else if (difference.compareTo(limit.negate()) < 0) {
			efficiency = Efficiency.INEFFICIENT;
			comparison = " < " + plain(limit.negate()) + " → Tidak efisien";
		}
		else {
			efficiency = Efficiency.FAIRLY_EFFICIENT;
			comparison = ", antara " + plain(limit.negate()) + " dan " + plain(limit) + " → Cukup efisien";
		}
		String explanation = "D = " + fixed(meanAchievement, 2) + " − " + fixed(absorption, 2) + " = "
				+ fixed(difference, 2) + comparison;
		return new EfficiencyResult(meanAchievement, absorption, difference, efficiency, explanation);
	}

}
