package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * calculation.md §4: the default scale's boundaries, the Sangat Baik … Sangat Kurang
 * variant and the validation of scales an admin defines.
 */
class RatingScaleTest {

	@ParameterizedTest(name = "{0} -> {1} / {4}")
	@CsvSource({ "1000, SANGAT_TINGGI, Sangat Tinggi, Very high, SANGAT_BAIK, Sangat Baik, Very good",
			"120, SANGAT_TINGGI, Sangat Tinggi, Very high, SANGAT_BAIK, Sangat Baik, Very good",
			"100, SANGAT_TINGGI, Sangat Tinggi, Very high, SANGAT_BAIK, Sangat Baik, Very good",
			"90.01, SANGAT_TINGGI, Sangat Tinggi, Very high, SANGAT_BAIK, Sangat Baik, Very good",
			"90.005, SANGAT_TINGGI, Sangat Tinggi, Very high, SANGAT_BAIK, Sangat Baik, Very good",
			"90.004, TINGGI, Tinggi, High, BAIK, Baik, Good", "90, TINGGI, Tinggi, High, BAIK, Baik, Good",
			"75.01, TINGGI, Tinggi, High, BAIK, Baik, Good", "75, SEDANG, Sedang, Moderate, CUKUP, Cukup, Fair",
			"65.01, SEDANG, Sedang, Moderate, CUKUP, Cukup, Fair", "65, RENDAH, Rendah, Low, KURANG, Kurang, Poor",
			"50.01, RENDAH, Rendah, Low, KURANG, Kurang, Poor",
			"50, SANGAT_RENDAH, Sangat Rendah, Very low, SANGAT_KURANG, Sangat Kurang, Very poor",
			"0, SANGAT_RENDAH, Sangat Rendah, Very low, SANGAT_KURANG, Sangat Kurang, Very poor",
			"-12.5, SANGAT_RENDAH, Sangat Rendah, Very low, SANGAT_KURANG, Sangat Kurang, Very poor" })
	void ratesByTheRoundedValue(BigDecimal achievement, String code, String labelId, String labelEn, String baikCode,
			String baikId, String baikEn) {
		assertThat(RatingScale.DEFAULT.rate(achievement)).isEqualTo(new Rating(code, labelId, labelEn));
		assertThat(RatingScale.BAIK.rate(achievement)).isEqualTo(new Rating(baikCode, baikId, baikEn));
	}

	@ParameterizedTest(name = "{0} is at position {1}")
	@CsvSource({ "SANGAT_TINGGI, 0", "TINGGI, 1", "SEDANG, 2", "RENDAH, 3", "SANGAT_RENDAH, 4" })
	void positionsBestFirst(String code, int position) {
		assertThat(RatingScale.DEFAULT.position(code)).isEqualTo(position);
	}

	@Test
	void knowsItsBandsAndNothingElse() {
		assertThat(RatingScale.DEFAULT.code()).isEqualTo("DEFAULT");
		assertThat(RatingScale.BAIK.code()).isEqualTo("BAIK");
		assertThat(RatingScale.BAIK.position("SANGAT_KURANG")).isEqualTo(4);
		assertThat(RatingScale.DEFAULT.rate(null)).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> RatingScale.DEFAULT.position("BAIK"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "-|at least one band", "A:80:-;B:-:80|-", "A:-:-|-", "A:80:-;B:60:80;C:-:60|-",
					"A:80:100;B:-:80|first (best) band", "C:-:60;B:60:80;A:80:-|first (best) band",
					"A:80:-;B:50:80|last band", "A:80:-;B:-:70|contiguous", "A:80:-;B:-:90|contiguous",
					"A:50:-;B:-:80|contiguous", "A:80:-;A:-:80|twice", "A:80:-;B:90:80;C:-:90|lower bound below" })
	void validatesTheBands(String bands, String problem) {
		if (problem == null) {
			assertThat(new RatingScale("X", "x", "x", bands(bands)).bands()).isNotEmpty();
		}
		else {
			assertThatIllegalArgumentException().isThrownBy(() -> new RatingScale("X", "x", "x", bands(bands)))
				.withMessageContaining(problem);
		}
	}

	@Test
	void aCustomScaleRates() {
		RatingScale scale = new RatingScale("X", "x", "x", bands("A:80:-;B:60:80;C:-:60"));
		assertThat(scale.rate(new BigDecimal("80.001")).code()).isEqualTo("B");
		assertThat(scale.rate(new BigDecimal("80.01")).code()).isEqualTo("A");
		assertThat(scale.rate(new BigDecimal("60")).code()).isEqualTo("C");
	}

	private static List<RatingBand> bands(String text) {
		List<RatingBand> bands = new ArrayList<>();
		if (text == null) {
			return bands;
		}
		for (String band : text.split(";")) {
			String[] parts = band.split(":");
			bands.add(new RatingBand(parts[0], bound(parts[1]), bound(parts[2]), parts[0], parts[0]));
		}
		return bands;
	}

	private static BigDecimal bound(String text) {
		return "-".equals(text) ? null : new BigDecimal(text);
	}

}
