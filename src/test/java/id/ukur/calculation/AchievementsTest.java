package id.ukur.calculation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * calculation.md §1 for one target: formulas, zero and missing values, precision, cap.
 */
class AchievementsTest {

	@ParameterizedTest(name = "{0} {1} T={2} R={3} cap={4} -> {5} {6}")
	@CsvSource({
			// worked examples of PermenPAN-RB 8/2021
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 7, 6.5, , COMPUTED, 107.14",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 8, 9, , COMPUTED, 87.50",
			// default formula of each polarity
			"LOWER_IS_BETTER, , 7, 6.5, , COMPUTED, 107.14", "HIGHER_IS_BETTER, , 100, 80, , COMPUTED, 80.00",
			"HIGHER_IS_BETTER, RATIO, 90, 92, , COMPUTED, 102.22", "HIGHER_IS_BETTER, RATIO, 80, 70, , COMPUTED, 87.50",
			"HIGHER_IS_BETTER, RATIO, 3, 1, , COMPUTED, 33.33", "HIGHER_IS_BETTER, RATIO, 3, 2, , COMPUTED, 66.67",
			// half-up, not half-even: 24.69 / 200 × 100 = 12.345
			"HIGHER_IS_BETTER, RATIO, 200, 24.69, , COMPUTED, 12.35",
			"HIGHER_IS_BETTER, RATIO, 1500000, 1250000.5, , COMPUTED, 83.33",
			// a reported 0 is a value
			"HIGHER_IS_BETTER, RATIO, 100, 0, , COMPUTED, 0.00",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 8, 0, , COMPUTED, 200.00",
			// REVERSE_DIFFERENCE is floored at 0
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 8, 16, , COMPUTED, 0.00",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 8, 20, , COMPUTED, 0.00",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 8, 15.9, , COMPUTED, 1.25",
			// REVERSE_RATIO
			"LOWER_IS_BETTER, REVERSE_RATIO, 8, 10, , COMPUTED, 80.00",
			"LOWER_IS_BETTER, REVERSE_RATIO, 7, 6.5, , COMPUTED, 107.69",
			"LOWER_IS_BETTER, REVERSE_RATIO, 8, 32, , COMPUTED, 25.00",
			// T = 0, higher-is-better: not computable, a cap does not change that
			"HIGHER_IS_BETTER, RATIO, 0, 5, , NOT_COMPUTABLE, ", "HIGHER_IS_BETTER, RATIO, 0, 0, , NOT_COMPUTABLE, ",
			"HIGHER_IS_BETTER, RATIO, 0, 5, 120, NOT_COMPUTABLE, ",
			// T = 0, lower-is-better: R = 0 -> 100, R > 0 -> 0, whatever the formula
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 0, 0, , COMPUTED, 100.00",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 0, 3, , COMPUTED, 0.00",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 0, 0.01, , COMPUTED, 0.00",
			"LOWER_IS_BETTER, REVERSE_RATIO, 0, 0, , COMPUTED, 100.00",
			"LOWER_IS_BETTER, REVERSE_RATIO, 0, 2, 120, COMPUTED, 0.00",
			// REVERSE_RATIO with R = 0 and T > 0: the cap if set, otherwise not
			// computable
			"LOWER_IS_BETTER, REVERSE_RATIO, 8, 0, , NOT_COMPUTABLE, ",
			"LOWER_IS_BETTER, REVERSE_RATIO, 8, 0, 120, COMPUTED, 120.00",
			"LOWER_IS_BETTER, REVERSE_RATIO, 8, 0, 100, COMPUTED, 100.00",
			// the cap never caps the indicator's own C
			"HIGHER_IS_BETTER, RATIO, 50, 150, 100, COMPUTED, 300.00",
			"LOWER_IS_BETTER, REVERSE_RATIO, 8, 2, 100, COMPUTED, 400.00",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 8, 0, 120, COMPUTED, 200.00" })
	void computesOneTarget(Polarity polarity, Formula formula, BigDecimal target, BigDecimal actual, BigDecimal cap,
			ResultStatus status, BigDecimal achievement) {
		AchievementResult result = Achievements.compute(Method.of(polarity, formula), Target.of(target), actual, cap);
		assertThat(result.status()).isEqualTo(status);
		assertThat(result.achievement()).isEqualTo(achievement);
		assertThat(result.provisional()).isFalse();
		if (status == ResultStatus.COMPUTED) {
			assertThat(result.exact().scale()).isGreaterThanOrEqualTo(10);
			assertThat(result.exact().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualTo(achievement);
			assertThat(result.actualUsed()).isEqualTo(actual);
		}
		else {
			assertThat(result.exact()).isNull();
		}
	}

	@ParameterizedTest(name = "{0} {1} T={2}–{3} R={4} -> {5} with T={6}")
	@CsvSource({ "HIGHER_IS_BETTER, , 80, 90, 92, 102.22, 90", "HIGHER_IS_BETTER, , 80, 90, 70, 87.50, 80",
			"HIGHER_IS_BETTER, , 80, 90, 85, 100.00, ", "HIGHER_IS_BETTER, , 80, 90, 80, 100.00, ",
			"HIGHER_IS_BETTER, , 80, 90, 90, 100.00, ", "HIGHER_IS_BETTER, , 80, 90, 79.99, 99.99, 80",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 7, 8, 6.5, 107.14, 7",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 7, 8, 9, 87.50, 8",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 7, 8, 7.5, 100.00, ",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 7, 8, 7, 100.00, ",
			"LOWER_IS_BETTER, REVERSE_RATIO, 7, 8, 6.5, 107.69, 7",
			"LOWER_IS_BETTER, REVERSE_RATIO, 7, 8, 10, 80.00, 8",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, 0, 2, 3, 50.00, 2" })
	void computesRangeTargets(Polarity polarity, Formula formula, BigDecimal min, BigDecimal max, BigDecimal actual,
			BigDecimal achievement, BigDecimal targetUsed) {
		AchievementResult result = Achievements.compute(Method.of(polarity, formula), Target.range(min, max), actual,
				null);
		assertThat(result.status()).isEqualTo(ResultStatus.COMPUTED);
		assertThat(result.achievement()).isEqualTo(achievement);
		assertThat(result.targetUsed()).isEqualTo(targetUsed);
	}

	@ParameterizedTest(name = "{0} {1} T={2} R={3} cap={4} -> {5}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "LOWER_IS_BETTER|REVERSE_DIFFERENCE|8|9|-|(2 − 9 / 8) × 100 = 87,50",
					"LOWER_IS_BETTER|REVERSE_DIFFERENCE|7|6.5|-|(2 − 6,5 / 7) × 100 = 107,14",
					"HIGHER_IS_BETTER|RATIO|90|92|-|92 / 90 × 100 = 102,22",
					"HIGHER_IS_BETTER|RATIO|1500000|1250000.5|-|1.250.000,5 / 1.500.000 × 100 = 83,33",
					"LOWER_IS_BETTER|REVERSE_RATIO|8|10|-|8 / 10 × 100 = 80,00",
					"LOWER_IS_BETTER|REVERSE_DIFFERENCE|8|20|-|(2 − 20 / 8) × 100 = -50,00 → 0,00 (paling rendah 0)",
					"LOWER_IS_BETTER|REVERSE_DIFFERENCE|0|0|-|T = 0, R = 0 → 100,00",
					"LOWER_IS_BETTER|REVERSE_DIFFERENCE|0|3|-|T = 0, R = 3 > 0 → 0,00",
					"LOWER_IS_BETTER|REVERSE_RATIO|8|0|120|R = 0: hasil terbaik, C = batas capaian 120 → 120,00",
					"HIGHER_IS_BETTER|RATIO|-4|-2|-|(-2) / (-4) × 100 = 50,00" })
	void explainsTheArithmetic(Polarity polarity, Formula formula, BigDecimal target, BigDecimal actual, BigDecimal cap,
			String arithmetic) {
		AchievementResult result = Achievements.compute(Method.of(polarity, formula), Target.of(target), actual, cap);
		assertThat(result.explanation().arithmetic()).isEqualTo(arithmetic);
		assertThat(result.explanation().text()).isEqualTo(arithmetic);
		assertThat(result.explanation().reasonCode()).isNull();
	}

	@Test
	void explainsEveryPartOfTheWorkedExample() {
		AchievementResult result = Achievements.compute(Method.of(Polarity.LOWER_IS_BETTER, null),
				Target.of(new BigDecimal("8")), new BigDecimal("9"), null);
		Explanation explanation = result.explanation();
		assertThat(explanation.inputs()).containsExactly("T = 8", "R = 9");
		assertThat(explanation.formulaName()).isEqualTo("REVERSE_DIFFERENCE: (2 − R / T) × 100");
		assertThat(explanation.rounding()).isEqualTo("87,5000000000 → 87,50 (dibulatkan setengah ke atas, 2 desimal)");
		assertThat(explanation.capApplied()).isFalse();
		assertThat(result.exact()).isEqualByComparingTo("87.5");
		assertThat(result.targetUsed()).isEqualByComparingTo("8");
		AchievementResult other = Achievements.compute(Method.of(Polarity.LOWER_IS_BETTER, null),
				Target.of(new BigDecimal("7")), new BigDecimal("6.50"), null);
		assertThat(other.explanation().inputs()).containsExactly("T = 7", "R = 6,5");
		assertThat(other.explanation().rounding()).startsWith("107,1428571429 → 107,14");
		assertThat(other.exact()).isEqualTo(new BigDecimal("107.1428571429"));
	}

	@ParameterizedTest(name = "R={0} in 80–90 -> {1}")
	@CsvSource(delimiter = '|',
			value = { "85|R = 85 dalam rentang 80–90 → 100,00",
					"92|R = 92 di atas rentang 80–90, T = 90: 92 / 90 × 100 = 102,22",
					"70|R = 70 di bawah rentang 80–90, T = 80: 70 / 80 × 100 = 87,50" })
	void explainsRangeTargets(BigDecimal actual, String text) {
		AchievementResult result = Achievements.compute(Method.of(Polarity.HIGHER_IS_BETTER, null),
				Target.range(new BigDecimal("80"), new BigDecimal("90")), actual, null);
		assertThat(result.explanation().text()).isEqualTo(text);
		assertThat(result.explanation().inputs()).first().isEqualTo("T = 80–90");
	}

	@ParameterizedTest(name = "{0} {1} T={2} R={3} cap={4} -> {5} {6}")
	@CsvSource({ "HIGHER_IS_BETTER, RATIO, 8, , , NOT_REPORTED, calc.notReported",
			"LOWER_IS_BETTER, REVERSE_RATIO, 8, , 120, NOT_REPORTED, calc.notReported",
			"HIGHER_IS_BETTER, RATIO, 0, 5, , NOT_COMPUTABLE, calc.targetZeroHigher",
			"HIGHER_IS_BETTER, RATIO, 0, , , NOT_REPORTED, calc.notReported",
			"LOWER_IS_BETTER, REVERSE_RATIO, 8, 0, , NOT_COMPUTABLE, calc.reverseRatioZeroNoCap" })
	void givesTheReason(Polarity polarity, Formula formula, BigDecimal target, BigDecimal actual, BigDecimal cap,
			ResultStatus status, String reasonCode) {
		AchievementResult result = Achievements.compute(Method.of(polarity, formula), Target.of(target), actual, cap);
		assertThat(result.status()).isEqualTo(status);
		assertThat(result.achievement()).isNull();
		assertThat(result.exact()).isNull();
		assertThat(result.explanation().reasonCode()).isEqualTo(reasonCode);
		assertThat(result.explanation().arithmetic()).isNull();
		assertThat(result.explanation().rounding()).isNull();
		assertThat(result.explanation().text()).isNotBlank();
	}

	@Test
	void missingActualIsNotReportedNeverZero() {
		AchievementResult result = Achievements.compute(Method.of(Polarity.HIGHER_IS_BETTER, null),
				Target.of(BigDecimal.TEN), null, null);
		assertThat(result.status()).isEqualTo(ResultStatus.NOT_REPORTED);
		assertThat(result.actualUsed()).isNull();
		assertThat(result.explanation().inputs()).containsExactly("T = 10", "R belum dilaporkan");
		assertThat(result.explanation().text()).contains("belum dilaporkan");
	}

	@Test
	void theCapStandsInForTheBestReverseRatio() {
		AchievementResult result = Achievements.compute(Method.of(Polarity.LOWER_IS_BETTER, Formula.REVERSE_RATIO),
				Target.of(new BigDecimal("8")), BigDecimal.ZERO, new BigDecimal("120"));
		assertThat(result.explanation().capApplied()).isTrue();
		assertThat(result.explanation().inputs()).containsExactly("T = 8", "R = 0", "batas capaian = 120");
	}

	@Test
	void aMissingTargetIsNotComputable() {
		AchievementResult result = Achievements.compute(Method.of(Polarity.HIGHER_IS_BETTER, null), null,
				BigDecimal.ONE, null);
		assertThat(result.status()).isEqualTo(ResultStatus.NOT_COMPUTABLE);
		assertThat(result.explanation().text()).contains("Target belum ditetapkan");
	}

}
