package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/calculation.md, "Plausibility checks": the table of cases. {@code -} is a value
 * not on record; the history is written {@code a;b;c}; the flags are the codes in order.
 */
class PlausibilityTest {

	@ParameterizedTest(name = "{0} {1} prev={2} lastYear={3} history={4} factor={5} -> {6}")
	@CsvSource({
			// nothing to flag
			"50, %, 45, 48, -, -, ''", "12, orang, 10, 11, -, -, ''", "0, orang, -, -, -, -, ''",
			"100, persen, -, -, -, -, ''", "2.5, indeks, 2, 2.4, -, -, ''", "30, dokumen, 10, -, -, -, ''",
			"10, dokumen, 30, -, -, -, ''",
			// negative value
			"-1, orang, -, -, -, -, NEGATIVE", "-0.5, %, -, -, -, -, NEGATIVE",
			// percentage above 100
			"100.01, %, -, -, -, -, PERCENT_ABOVE_100", "120, Persen, 110, -, -, -, PERCENT_ABOVE_100",
			"120, persentase (%), -, -, -, -, PERCENT_ABOVE_100", "120, orang, -, -, -, -, ''",
			// fraction of a count
			"12.5, orang, -, -, -, -, FRACTION_OF_COUNT", "3.0, dokumen, -, -, -, -, ''",
			"1.5, Unit, -, -, -, -, FRACTION_OF_COUNT", "2.25, kegiatan, -, -, -, -, FRACTION_OF_COUNT",
			"2.25, kegiatan/tahun, -, -, -, -, FRACTION_OF_COUNT", "2.25, hari, -, -, -, -, ''",
			// jumps beyond the factor (default 3), either way
			"31, dokumen, 10, -, -, -, JUMP_PREVIOUS", "3, dokumen, 10, -, -, -, JUMP_PREVIOUS",
			"0, dokumen, 10, -, -, -, JUMP_PREVIOUS", "31, dokumen, -, 10, -, -, JUMP_LAST_YEAR",
			"40, dokumen, 10, 10, -, -, JUMP_PREVIOUS;JUMP_LAST_YEAR", "10, dokumen, 0, -, -, -, ''",
			"-40, dokumen, 10, -, -, -, NEGATIVE",
			// the region's factor
			"25, dokumen, 10, -, -, 2, JUMP_PREVIOUS", "25, dokumen, 10, -, -, 3, ''", "45, dokumen, 10, -, -, 5, ''",
			"55, dokumen, 10, -, -, 5, JUMP_PREVIOUS", "25, dokumen, 10, -, -, 1, ''",
			// robust z-score over at least six earlier values
			"200, %, -, -, 70;72;71;73;69;70, -, PERCENT_ABOVE_100;OUTLIER",
			"90, indeks, -, -, 70;72;71;73;69;70, -, OUTLIER", "74, indeks, -, -, 70;72;71;73;69;70, -, ''",
			"40, indeks, -, -, 70;72;71;73;69;70, -, OUTLIER", "90, indeks, -, -, 70;72;71;73;69, -, ''",
			"90, indeks, -, -, 70;70;70;70;70;70, -, ''", "30, indeks, 28, 29, 70;72;71;73;69;70, -, OUTLIER" })
	void flagsDoubtfulValues(BigDecimal value, String unit, String previous, String lastYear, String history,
			String factor, String codes) {
		List<PlausibilityFlag> flags = Plausibility.check(value, unit, number(previous), number(lastYear),
				history(history), number(factor));
		assertThat(flags).extracting(PlausibilityFlag::code)
			.containsExactly(codes.isEmpty() ? new String[0] : codes.split(";"));
		assertThat(flags).allSatisfy((flag) -> {
			assertThat(flag.messageKey()).isEqualTo("plausibility." + flag.code());
			assertThat(flag.arguments().get(0)).isEqualByComparingTo(value);
		});
	}

	@Test
	void carriesItsNumbers() {
		PlausibilityFlag jump = Plausibility
			.check(new BigDecimal("31"), "dokumen", BigDecimal.TEN, null, List.of(), null)
			.get(0);
		assertThat(jump.arguments()).containsExactly(new BigDecimal("31"), BigDecimal.TEN, new BigDecimal("3.10"),
				BigDecimal.valueOf(3));
		PlausibilityFlag outlier = Plausibility
			.check(new BigDecimal("90"), "indeks", null, null, history("70;72;71;73;69;70"), null)
			.get(0);
		// median 70,5, MAD = median(0,5 1,5 0,5 2,5 1,5 0,5) = 1, z = 0,6745 × 19,5 / 1
		assertThat(outlier.arguments()).containsExactly(new BigDecimal("90"), new BigDecimal("13.15"),
				new BigDecimal("70.5"), new BigDecimal("1.0"), BigDecimal.valueOf(6));
		assertThat(Plausibility.check(null, "%", BigDecimal.ONE, null, null, null)).isEmpty();
	}

	@Test
	void readsUnits() {
		assertThat(Plausibility.isPercent("%")).isTrue();
		assertThat(Plausibility.isPercent(" Persen ")).isTrue();
		assertThat(Plausibility.isPercent("orang")).isFalse();
		assertThat(Plausibility.isPercent(null)).isFalse();
		assertThat(Plausibility.isCount("Orang")).isTrue();
		assertThat(Plausibility.isCount("dokumen (buah)")).isTrue();
		assertThat(Plausibility.isCount("hari")).isFalse();
		assertThat(Plausibility.isCount("")).isFalse();
	}

	private static BigDecimal number(String text) {
		return (text == null || "-".equals(text)) ? null : new BigDecimal(text);
	}

	private static List<BigDecimal> history(String text) {
		List<BigDecimal> values = new ArrayList<>();
		if (text != null && !"-".equals(text)) {
			for (String value : text.split(";")) {
				values.add(new BigDecimal(value));
			}
		}
		return values;
	}

}
