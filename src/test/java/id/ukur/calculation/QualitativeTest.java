package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Qualitative indicators: values mapped through the indicator's scale, then computed as
 * numbers.
 */
class QualitativeTest {

	private static final QualitativeScale BPK_OPINION = new QualitativeScale(
			List.of(entry("WTP", 4), entry("WDP", 3), entry("TW", 2), entry("TMP", 1)));

	@ParameterizedTest(name = "scale {0} -> {1}")
	@CsvSource({ "WTP, 4", "WDP, 3", "TW, 2", "TMP, 1", "' wdp ', 3", "wtp, 4" })
	void scoresAValueIgnoringCaseAndSpaces(String value, BigDecimal score) {
		assertThat(BPK_OPINION.score(value)).contains(score);
	}

	@ParameterizedTest(name = "target {0}, actual [{1}] -> {2} {3} {4}")
	@CsvSource({ "WTP, WTP, COMPUTED, 100.00, ", "WTP, WDP, COMPUTED, 75.00, ", "WTP, TW, COMPUTED, 50.00, ",
			"WTP, TMP, COMPUTED, 25.00, ", "WDP, WTP, COMPUTED, 133.33, ", "WTP, ' Wdp ', COMPUTED, 75.00, ",
			"WTP, , NOT_REPORTED, , calc.notReported", "WTP, '  ', NOT_REPORTED, , calc.notReported",
			"WTP, Disclaimer, NOT_COMPUTABLE, , calc.qualitativeUnknown",
			"Baik, WTP, NOT_COMPUTABLE, , calc.qualitativeUnknown",
			", WTP, NOT_COMPUTABLE, , calc.qualitativeUnknown" })
	void computesTheScores(String target, String actual, ResultStatus status, BigDecimal achievement,
			String reasonCode) {
		AchievementResult result = Achievements.computeQualitative(Method.of(Polarity.HIGHER_IS_BETTER, null), target,
				actual, BPK_OPINION, null);
		assertThat(result.status()).isEqualTo(status);
		assertThat(result.achievement()).isEqualTo(achievement);
		assertThat(result.explanation().reasonCode()).isEqualTo(reasonCode);
	}

	@Test
	void explainsValuesAndScores() {
		AchievementResult result = Achievements.computeQualitative(Method.of(Polarity.HIGHER_IS_BETTER, null), "WTP",
				"WDP", BPK_OPINION, null);
		assertThat(result.explanation().inputs()).containsExactly("T = WTP (4)", "R = WDP (3)");
		assertThat(result.explanation().text()).isEqualTo("3 / 4 × 100 = 75,00");
		assertThat(result.actualUsed()).isEqualByComparingTo("3");
		assertThat(result.targetUsed()).isEqualByComparingTo("4");
	}

	@Test
	void namesTheUnknownValue() {
		AchievementResult result = Achievements.computeQualitative(Method.of(Polarity.HIGHER_IS_BETTER, null), "WTP",
				"Disclaimer", BPK_OPINION, null);
		assertThat(result.explanation().inputs()).containsExactly("T = WTP (4)",
				"R = Disclaimer (tidak ada dalam skala)");
		assertThat(result.explanation().text()).contains("\"Disclaimer\"");
	}

	@Test
	void aLowerIsBetterScaleUsesItsFormula() {
		QualitativeScale risk = new QualitativeScale(
				List.of(entry("Rendah", 1), entry("Sedang", 2), entry("Tinggi", 3)));
		AchievementResult result = Achievements.computeQualitative(Method.of(Polarity.LOWER_IS_BETTER, null), "Sedang",
				"Rendah", risk, null);
		assertThat(result.achievement()).isEqualByComparingTo("150.00");
		assertThat(result.explanation().arithmetic()).isEqualTo("(2 − 1 / 2) × 100 = 150,00");
	}

	@Test
	void aScaleHasEachValueOnce() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new QualitativeScale(List.of(entry("WTP", 4), entry(" wtp", 3))))
			.withMessageContaining("twice");
		assertThatIllegalArgumentException().isThrownBy(() -> new QualitativeScale(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> entry(" ", 1));
		assertThat(BPK_OPINION.score(null)).isEmpty();
	}

	private static ScaleEntry entry(String value, int score) {
		return new ScaleEntry(value, BigDecimal.valueOf(score));
	}

}
