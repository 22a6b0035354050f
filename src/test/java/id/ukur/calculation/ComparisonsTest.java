package id.ukur.calculation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * calculation.md §6: progress towards the end-of-Renstra target uses the indicator's
 * formula.
 */
class ComparisonsTest {

	@ParameterizedTest(name = "{0} {1} end target {2}, actual {3} -> {4} {5}")
	@CsvSource({ "HIGHER_IS_BETTER, , 100, 80, COMPUTED, 80.00", "HIGHER_IS_BETTER, , 90, 92, COMPUTED, 102.22",
			"LOWER_IS_BETTER, , 5, 6, COMPUTED, 80.00", "LOWER_IS_BETTER, , 7, 6.5, COMPUTED, 107.14",
			"LOWER_IS_BETTER, REVERSE_RATIO, 5, 6, COMPUTED, 83.33",
			"LOWER_IS_BETTER, REVERSE_RATIO, 5, 0, NOT_COMPUTABLE, ", "HIGHER_IS_BETTER, , 0, 5, NOT_COMPUTABLE, ",
			"LOWER_IS_BETTER, , 0, 0, COMPUTED, 100.00", "HIGHER_IS_BETTER, , , 5, NOT_COMPUTABLE, ",
			"HIGHER_IS_BETTER, , 100, , NOT_REPORTED, " })
	void appliesTheIndicatorsFormulaToTheEndTarget(Polarity polarity, Formula formula, BigDecimal endTarget,
			BigDecimal actual, ResultStatus status, BigDecimal progress) {
		AchievementResult result = Comparisons.progressToEndTarget(Method.of(polarity, formula), endTarget, actual);
		assertThat(result.status()).isEqualTo(status);
		assertThat(result.achievement()).isEqualTo(progress);
	}

	@Test
	void explainsWhichTargetWasUsed() {
		AchievementResult result = Comparisons.progressToEndTarget(Method.of(Polarity.LOWER_IS_BETTER, null),
				new BigDecimal("5"), new BigDecimal("6"));
		assertThat(result.explanation().inputs()).containsExactly("T (target akhir Renstra) = 5", "R = 6");
		assertThat(result.explanation().text()).isEqualTo("(2 − 6 / 5) × 100 = 80,00");
		AchievementResult missing = Comparisons.progressToEndTarget(Method.of(Polarity.LOWER_IS_BETTER, null), null,
				new BigDecimal("6"));
		assertThat(missing.explanation().text()).contains("Target akhir Renstra belum ditetapkan");
	}

}
