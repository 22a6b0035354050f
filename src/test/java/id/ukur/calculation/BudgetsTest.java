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

}
