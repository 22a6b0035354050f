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
 * calculation.md §2: period-to-date values. Periods are written {@code T/R;T/R;...},
 * named TW1, TW2, ...; {@code a~b} is a range target and {@code -} an actual not
 * reported.
 */
class PeriodsTest {

	@ParameterizedTest(name = "{0} {1} {2} -> {3} {4} provisional={5}")
	@CsvSource({
			// CUMULATIVE: ΣR vs ΣT
			"HIGHER_IS_BETTER, CUMULATIVE, 10/12;10/15, COMPUTED, 135.00, false",
			"HIGHER_IS_BETTER, CUMULATIVE, 10/12;10/-;10/9, COMPUTED, 105.00, true",
			"HIGHER_IS_BETTER, CUMULATIVE, 10/12;10/-, COMPUTED, 120.00, true",
			"HIGHER_IS_BETTER, CUMULATIVE, 10/0;10/0, COMPUTED, 0.00, false",
			"HIGHER_IS_BETTER, CUMULATIVE, 10/-;10/-, NOT_REPORTED, , false",
			"HIGHER_IS_BETTER, CUMULATIVE, 0/3;0/4, NOT_COMPUTABLE, , false",
			"HIGHER_IS_BETTER, CUMULATIVE, 0/3;10/-, NOT_COMPUTABLE, , true",
			"HIGHER_IS_BETTER, CUMULATIVE, 40~45/40;40~45/50, COMPUTED, 100.00, false",
			"HIGHER_IS_BETTER, CUMULATIVE, 40~45/50;40~45/50, COMPUTED, 111.11, false",
			"HIGHER_IS_BETTER, CUMULATIVE, 40~45/30;40~45/30, COMPUTED, 75.00, false",
			"HIGHER_IS_BETTER, CUMULATIVE, 10/10;5~7/7, COMPUTED, 100.00, false",
			"LOWER_IS_BETTER, CUMULATIVE, 7~8/6.5;7~8/7, COMPUTED, 103.57, false",
			"LOWER_IS_BETTER, CUMULATIVE, 4/5;4/5, COMPUTED, 75.00, false",
			// LAST_VALUE: the latest reported period
			"HIGHER_IS_BETTER, LAST_VALUE, 80/60;85/70, COMPUTED, 82.35, false",
			"HIGHER_IS_BETTER, LAST_VALUE, 80/60;85/-, COMPUTED, 75.00, true",
			"HIGHER_IS_BETTER, LAST_VALUE, 80/-;85/70, COMPUTED, 82.35, true",
			"HIGHER_IS_BETTER, LAST_VALUE, 80~90/60;80~90/92, COMPUTED, 102.22, false",
			"LOWER_IS_BETTER, LAST_VALUE, 8/7;8/9, COMPUTED, 87.50, false",
			"LOWER_IS_BETTER, LAST_VALUE, 8/-, NOT_REPORTED, , false",
			// AVERAGE: mean of the reported actuals vs mean of all period targets so far
			"LOWER_IS_BETTER, AVERAGE, 7/6;7/7, COMPUTED, 107.14, false",
			"LOWER_IS_BETTER, AVERAGE, 7/6;7/7;7/-, COMPUTED, 107.14, true",
			"LOWER_IS_BETTER, AVERAGE, 10/9;8/7;6/-, COMPUTED, 100.00, true",
			"HIGHER_IS_BETTER, AVERAGE, 3/1;3/2;3/2, COMPUTED, 55.56, false",
			"LOWER_IS_BETTER, AVERAGE, 7~8/6.5;7~8/6.5, COMPUTED, 107.14, false",
			"LOWER_IS_BETTER, AVERAGE, 7~8/-;7~8/-, NOT_REPORTED, , false" })
	void aggregatesThePeriodsSoFar(Polarity polarity, PeriodAggregation aggregation, String periods,
			ResultStatus status, BigDecimal achievement, boolean provisional) {
		AchievementResult result = Achievements.computePeriods(Method.of(polarity, null), aggregation, periods(periods),
				null);
		assertThat(result.status()).isEqualTo(status);
		assertThat(result.achievement()).isEqualTo(achievement);
		assertThat(result.provisional()).isEqualTo(provisional);
		if (provisional && status == ResultStatus.COMPUTED) {
			assertThat(result.explanation().reasonCode()).isEqualTo("calc.provisional");
		}
		if (status == ResultStatus.NOT_REPORTED) {
			assertThat(result.explanation().reasonCode()).isEqualTo("calc.notReported");
		}
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource(delimiter = '|', value = {
			"HIGHER_IS_BETTER|CUMULATIVE|10/12;10/15|R = 12 + 15 = 27, T = 10 + 10 = 20: 27 / 20 × 100 = 135,00",
			"HIGHER_IS_BETTER|CUMULATIVE|10/12;10/-|R = 12, T = 10: 12 / 10 × 100 = 120,00 "
					+ "Sementara: realisasi TW2 belum dilaporkan.",
			"LOWER_IS_BETTER|CUMULATIVE|7~8/6.5;7~8/7|R = 6,5 + 7 = 13,5, T = 7–8 + 7–8 = 14–16: "
					+ "R = 13,5 di bawah rentang 14–16, T = 14: (2 − 13,5 / 14) × 100 = 103,57",
			"HIGHER_IS_BETTER|LAST_VALUE|80/60;85/-|TW1: 60 / 80 × 100 = 75,00 Sementara: realisasi TW2 belum dilaporkan.",
			"LOWER_IS_BETTER|AVERAGE|7/6;7/7;7/-|R = (6 + 7) / 2 = 6,5, T = (7 + 7 + 7) / 3 = 7: "
					+ "(2 − 6,5 / 7) × 100 = 107,14 Sementara: realisasi TW3 belum dilaporkan.",
			"HIGHER_IS_BETTER|AVERAGE|3/1;3/2;3/2|R = (1 + 2 + 2) / 3 = 1,666666666667, T = (3 + 3 + 3) / 3 = 3: "
					+ "1,666666666667 / 3 × 100 = 55,56" })
	void explainsTheAggregation(Polarity polarity, PeriodAggregation aggregation, String periods, String text) {
		AchievementResult result = Achievements.computePeriods(Method.of(polarity, null), aggregation, periods(periods),
				null);
		assertThat(result.explanation().text()).isEqualTo(text);
	}

	@Test
	void listsEveryPeriodAsAnInput() {
		AchievementResult result = Achievements.computePeriods(Method.of(Polarity.HIGHER_IS_BETTER, null),
				PeriodAggregation.CUMULATIVE, periods("10/12;10/-;10/9"), null);
		assertThat(result.explanation().inputs()).containsExactly("TW1: T = 10, R = 12",
				"TW2: T = 10, R belum dilaporkan", "TW3: T = 10, R = 9");
		assertThat(result.explanation().formulaName()).startsWith("RATIO: R / T × 100; CUMULATIVE");
		assertThat(result.actualUsed()).isEqualByComparingTo("21");
		assertThat(result.targetUsed()).isEqualByComparingTo("20");
	}

	@Test
	void theCapStandsInForTheBestReverseRatioOverPeriods() {
		AchievementResult result = Achievements.computePeriods(
				Method.of(Polarity.LOWER_IS_BETTER, Formula.REVERSE_RATIO), PeriodAggregation.CUMULATIVE,
				periods("5/0;5/0"), new BigDecimal("120"));
		assertThat(result.achievement()).isEqualByComparingTo("120");
		assertThat(result.explanation().capApplied()).isTrue();
	}

	@Test
	void noPeriodsMeansNothingReportedAndAPeriodNeedsATarget() {
		AchievementResult result = Achievements.computePeriods(Method.of(Polarity.HIGHER_IS_BETTER, null),
				PeriodAggregation.LAST_VALUE, List.of(), null);
		assertThat(result.status()).isEqualTo(ResultStatus.NOT_REPORTED);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Achievements.computePeriods(Method.of(Polarity.HIGHER_IS_BETTER, null),
					PeriodAggregation.CUMULATIVE, List.of(new PeriodValue("TW1", null, BigDecimal.ONE)), null))
			.withMessageContaining("TW1");
	}

	/**
	 * The target a period-to-date achievement uses, printed beside the period's own: the
	 * IKP-04 reading (27,4 in TW II against 13,7 + 13,7) must show 27,4, not 13,7.
	 */
	@ParameterizedTest(name = "{0} {1} -> T {2}")
	@CsvSource(nullValues = "null",
			value = { "CUMULATIVE, 13.7/14;13.7/14.5, 27.4, null, null", "CUMULATIVE, 10/12;10/-;10/9, 20, null, null",
					"CUMULATIVE, 10/-;10/-, 20, null, null", "CUMULATIVE, 10/10;5~7/7, null, 15, 17",
					"LAST_VALUE, 80/60;85/70, 85, null, null", "LAST_VALUE, 80/60;85/-, 80, null, null",
					"LAST_VALUE, 80/-;85/-, 85, null, null", "LAST_VALUE, 80~90/60;80~90/92, null, 80, 90",
					"AVERAGE, 10/9;8/7;6/-, 8, null, null", "AVERAGE, 7~8/6.5;7~8/-, null, 7, 8" })
	void givesTheTargetTheAchievementUses(PeriodAggregation aggregation, String periods, BigDecimal value,
			BigDecimal min, BigDecimal max) {
		Target target = Achievements.periodTarget(aggregation, periods(periods));
		if (value != null) {
			assertThat(target.isRange()).isFalse();
			assertThat(target.value()).isEqualByComparingTo(value);
		}
		else {
			assertThat(target.min()).isEqualByComparingTo(min);
			assertThat(target.max()).isEqualByComparingTo(max);
		}
		// the achievement is computed against exactly this target
		AchievementResult result = Achievements.computePeriods(Method.of(Polarity.HIGHER_IS_BETTER, null), aggregation,
				periods(periods), null);
		if (result.isComputed() && !target.isRange()) {
			assertThat(result.explanation().text()).contains(IndonesianNumbers.plain(target.value()));
		}
	}

	@Test
	void aPeriodWithoutATargetHasNoPeriodTarget() {
		assertThat(Achievements.periodTarget(PeriodAggregation.CUMULATIVE, List.of())).isNull();
		assertThat(Achievements.periodTarget(PeriodAggregation.CUMULATIVE,
				List.of(new PeriodValue("TW1", null, BigDecimal.ONE))))
			.isNull();
	}

	static List<PeriodValue> periods(String text) {
		List<PeriodValue> periods = new ArrayList<>();
		for (String period : text.split(";")) {
			String[] parts = period.split("/");
			String[] range = parts[0].split("~");
			Target target = (range.length == 2) ? Target.range(new BigDecimal(range[0]), new BigDecimal(range[1]))
					: Target.of(new BigDecimal(range[0]));
			BigDecimal actual = "-".equals(parts[1]) ? null : new BigDecimal(parts[1]);
			periods.add(new PeriodValue("TW" + (periods.size() + 1), target, actual));
		}
		return periods;
	}

}
