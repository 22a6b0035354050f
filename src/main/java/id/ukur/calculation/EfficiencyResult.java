package id.ukur.calculation;

import java.math.BigDecimal;

/**
 * Efficiency of a program or activity, with the numbers behind the label.
 *
 * @param meanAchievement the mean achievement of its indicators
 * @param absorption the absorption compared, in percent: of the annual budget, or to date
 * against the period's share of it ({@link Budgets#efficiencyToDate})
 * @param difference D = meanAchievement − absorption, rounded half-up to 2 decimals
 * @param efficiency the label for D
 * @param explanation one Indonesian line, e.g.
 * {@code "D = 97,32 − 85,00 = 12,32 > 5 → Efisien"}
 */
public record EfficiencyResult(BigDecimal meanAchievement, BigDecimal absorption, BigDecimal difference,
		Efficiency efficiency, String explanation) {

}
