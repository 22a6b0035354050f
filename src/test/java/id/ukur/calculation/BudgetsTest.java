package id.ukur.calculation;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * calculation.md §5: absorption and efficiency.
 */
class BudgetsTest {

	@ParameterizedTest(name = "spent {0} of {1} -> {2}")
	@CsvSource({ "850, 1000, 85.00", "1, 3, 33.33", "2, 3, 66.67", "0, 1000, 0.00", "1234567, 1500000, 82.30",
			"1100, 1000, 110.00", "0.005, 1, 0.50", "0.00005, 1, 0.01", "500, 0, ", "500, , ", ", 1000, " })
	void computesAbsorption(BigDecimal spent, BigDecimal budget, BigDecimal absorption) {
		assertThat(Budgets.absorption(spent, budget)).isEqualTo(absorption);
	}

	@ParameterizedTest(name = "C {0}, absorption {1}, threshold {2} -> D {3} {4}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "97.32|85|-|12.32|EFFICIENT|D = 97,32 − 85,00 = 12,32 > 5 → Efisien",
					"90.01|85|-|5.01|EFFICIENT|D = 90,01 − 85,00 = 5,01 > 5 → Efisien",
					"90|85|-|5.00|FAIRLY_EFFICIENT|D = 90,00 − 85,00 = 5,00, antara -5 dan 5 → Cukup efisien",
					"85|85|-|0.00|FAIRLY_EFFICIENT|D = 85,00 − 85,00 = 0,00, antara -5 dan 5 → Cukup efisien",
					"80|85|-|-5.00|FAIRLY_EFFICIENT|D = 80,00 − 85,00 = -5,00, antara -5 dan 5 → Cukup efisien",
					"79.99|85|-|-5.01|INEFFICIENT|D = 79,99 − 85,00 = -5,01 < -5 → Tidak efisien",
					"60|95.5|-|-35.50|INEFFICIENT|D = 60,00 − 95,50 = -35,50 < -5 → Tidak efisien",
					"97.32|85|5|12.32|EFFICIENT|D = 97,32 − 85,00 = 12,32 > 5 → Efisien",
					"94|85|10|9.00|FAIRLY_EFFICIENT|D = 94,00 − 85,00 = 9,00, antara -10 dan 10 → Cukup efisien",
					"75.5|85|7.5|-9.50|INEFFICIENT|D = 75,50 − 85,00 = -9,50 < -7,5 → Tidak efisien",
					"85.004|80|0|5.00|EFFICIENT|D = 85,00 − 80,00 = 5,00 > 0 → Efisien" })
	void ratesEfficiency(BigDecimal mean, BigDecimal absorption, BigDecimal threshold, BigDecimal difference,
			Efficiency efficiency, String explanation) {
		EfficiencyResult result = Budgets.efficiency(mean, absorption, threshold);
		assertThat(result.difference()).isEqualTo(difference);
		assertThat(result.efficiency()).isEqualTo(efficiency);
		assertThat(result.explanation()).isEqualTo(explanation);
		assertThat(result.meanAchievement()).isEqualTo(mean);
		assertThat(result.absorption()).isEqualTo(absorption);
	}

	@ParameterizedTest(name = "C {0}, absorption {1} -> nothing to compare")
	@CsvSource({ ", 85", "90, ", ", " })
	void needsBothNumbers(BigDecimal mean, BigDecimal absorption) {
		assertThat(Budgets.efficiency(mean, absorption, null)).isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Budgets.efficiency(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("-1")));
	}

	/**
	 * Like with like: an achievement against the period-to-date target is compared with
	 * spending against the period's share of the annual budget. Spending 20 % of the
	 * year's budget in TW I (share 25 %) is 80 % of what the quarter may use: with an
	 * achievement of 100 that is efficient by 20 points; against the whole budget it
	 * would have read 80 points and every program would be "Efisien".
	 */
	@ParameterizedTest(name = "{0} quarter(s): C {1}, spent {2} of {3} -> to date {4}, D {5} {6}")
	@CsvSource(delimiter = '|',
			value = { "1|100|200|1000|80.00|20.00|EFFICIENT", "1|100|250|1000|100.00|0.00|FAIRLY_EFFICIENT",
					"1|90|300|1000|120.00|-30.00|INEFFICIENT", "1|20|50|1000|20.00|0.00|FAIRLY_EFFICIENT",
					"2|100|500|1000|100.00|0.00|FAIRLY_EFFICIENT", "2|100|400|1000|80.00|20.00|EFFICIENT",
					"3|96|720|1000|96.00|0.00|FAIRLY_EFFICIENT", "3|80|750|1000|100.00|-20.00|INEFFICIENT",
					"4|97.32|850|1000|85.00|12.32|EFFICIENT", "4|80|850|1000|85.00|-5.00|FAIRLY_EFFICIENT" })
	void comparesTheAchievementToDateWithTheShareOfTheBudgetToDate(int quarters, BigDecimal mean, BigDecimal spent,
			BigDecimal budget, BigDecimal toDate, BigDecimal difference, Efficiency efficiency) {
		BigDecimal share = Budgets.elapsedShare(quarters);
		assertThat(share).isEqualByComparingTo(BigDecimal.valueOf(25L * quarters));
		assertThat(Budgets.absorptionToDate(spent, budget, share)).isEqualTo(toDate);
		EfficiencyResult result = Budgets.efficiencyToDate(mean, spent, budget, share, null);
		assertThat(result.absorption()).isEqualTo(toDate);
		assertThat(result.difference()).isEqualTo(difference);
		assertThat(result.efficiency()).isEqualTo(efficiency);
		if (quarters == 4) {
			// the whole year: the plain rule, word for word
			assertThat(result).isEqualTo(Budgets.efficiency(mean, Budgets.absorption(spent, budget), null));
		}
		else {
			assertThat(result.explanation()).contains("porsi pagu s.d. periode (" + (25 * quarters) + " %)");
		}
	}

	@ParameterizedTest(name = "{0} quarters")
	@CsvSource({ "0", "5", "-1" })
	void aPeriodCoversOneToFourQuarters(int quarters) {
		assertThatIllegalArgumentException().isThrownBy(() -> Budgets.elapsedShare(quarters));
	}

	@ParameterizedTest(name = "spent {0} of {1}, share {2} -> nothing")
	@CsvSource({ ", 1000, 25", "100, , 25", "100, 0, 25", "100, 1000, 0", "100, 1000, " })
	void absorptionToDateNeedsEveryNumber(BigDecimal spent, BigDecimal budget, BigDecimal share) {
		assertThat(Budgets.absorptionToDate(spent, budget, share)).isNull();
	}

}
