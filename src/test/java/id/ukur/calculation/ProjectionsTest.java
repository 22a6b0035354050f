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
 * docs/calculation.md, "Early warning": the table of cases. Quarters are written
 * {@code R;R;...} from TW I ({@code -} not reported), the year target {@code 60} or
 * {@code 80~90} ({@code none}: no target).
 */
class ProjectionsTest {

	@ParameterizedTest(name = "{0} {1} {2} {3} T={4} -> {5} R={6} C={7} risk={8}")
	@CsvSource({
			// CUMULATIVE: pace to date, ΣR × 4 / reported quarters
			"HIGHER_IS_BETTER, , CUMULATIVE, 15, 60, PACE, 60, COMPUTED, 100.00, false",
			"HIGHER_IS_BETTER, , CUMULATIVE, 10, 60, PACE, 40, COMPUTED, 66.67, false",
			"HIGHER_IS_BETTER, , CUMULATIVE, 10;17.4, 60, PACE, 54.8, COMPUTED, 91.33, true",
			"HIGHER_IS_BETTER, , CUMULATIVE, 15;15;15, 60, PACE, 60, COMPUTED, 100.00, false",
			"HIGHER_IS_BETTER, , CUMULATIVE, 15;16;17, 60, PACE, 64, COMPUTED, 106.67, false",
			"HIGHER_IS_BETTER, , CUMULATIVE, 10;-;11, 60, PACE, 42, COMPUTED, 70.00, true",
			"HIGHER_IS_BETTER, , CUMULATIVE, 10;10;11, 60, PACE, 41.33, COMPUTED, 68.88, true",
			"HIGHER_IS_BETTER, , CUMULATIVE, 0;0, 60, PACE, 0, COMPUTED, 0.00, true",
			"HIGHER_IS_BETTER, , CUMULATIVE, 5;5, 0, PACE, 20, NOT_COMPUTABLE, , false",
			"HIGHER_IS_BETTER, , CUMULATIVE, 5;5, none, PACE, 20, NOT_COMPUTABLE, , false",
			"HIGHER_IS_BETTER, , CUMULATIVE, 20;25, 80~100, PACE, 90, COMPUTED, 100.00, false",
			"HIGHER_IS_BETTER, , CUMULATIVE, 15;15, 80~100, PACE, 60, COMPUTED, 75.00, true",
			"LOWER_IS_BETTER, , CUMULATIVE, 3;3, 8, PACE, 12, COMPUTED, 50.00, true",
			"LOWER_IS_BETTER, , CUMULATIVE, 1;1, 8, PACE, 4, COMPUTED, 150.00, false",
			"LOWER_IS_BETTER, REVERSE_RATIO, CUMULATIVE, 3;3, 8, PACE, 12, COMPUTED, 66.67, true",
			"LOWER_IS_BETTER, REVERSE_RATIO, CUMULATIVE, 0;0, 8, PACE, 0, NOT_COMPUTABLE, , false",
			"LOWER_IS_BETTER, , CUMULATIVE, 0;0, 0, PACE, 0, COMPUTED, 100.00, false",
			"LOWER_IS_BETTER, , CUMULATIVE, 1;0, 0, PACE, 2, COMPUTED, 0.00, true",
			// LAST_VALUE: least-squares line read at TW IV; one quarter: its level
			"HIGHER_IS_BETTER, , LAST_VALUE, 70, 80, LEVEL, 70, COMPUTED, 87.50, false",
			"HIGHER_IS_BETTER, , LAST_VALUE, 70;72, 80, TREND, 76, COMPUTED, 95.00, true",
			"HIGHER_IS_BETTER, , LAST_VALUE, 70;72;74, 78, TREND, 76, COMPUTED, 97.44, true",
			"HIGHER_IS_BETTER, , LAST_VALUE, 70;74;75, 78, TREND, 78, COMPUTED, 100.00, false",
			"HIGHER_IS_BETTER, , LAST_VALUE, 70;71;73, 78, TREND, 74.33, COMPUTED, 95.29, true",
			"HIGHER_IS_BETTER, , LAST_VALUE, 70;-;74, 78, TREND, 76, COMPUTED, 97.44, true",
			"HIGHER_IS_BETTER, , LAST_VALUE, -;72, 80, LEVEL, 72, COMPUTED, 90.00, true",
			"HIGHER_IS_BETTER, , LAST_VALUE, 10;4, 20, TREND, 0, COMPUTED, 0.00, true",
			"HIGHER_IS_BETTER, , LAST_VALUE, -2;-4, 5, TREND, -8, COMPUTED, -160.00, true",
			"HIGHER_IS_BETTER, , LAST_VALUE, 70;72, 80~90, TREND, 76, COMPUTED, 95.00, true",
			"HIGHER_IS_BETTER, , LAST_VALUE, 80;84, 80~90, TREND, 92, COMPUTED, 102.22, false",
			"LOWER_IS_BETTER, , LAST_VALUE, 9;8.5, 7, TREND, 7.5, COMPUTED, 92.86, true",
			"LOWER_IS_BETTER, , LAST_VALUE, 9;8, 7~8, TREND, 6, COMPUTED, 114.29, false",
			"LOWER_IS_BETTER, REVERSE_RATIO, LAST_VALUE, 9;8.5, 7, TREND, 7.5, COMPUTED, 93.33, true",
			"LOWER_IS_BETTER, REVERSE_RATIO, LAST_VALUE, 2;1, 7, TREND, 0, NOT_COMPUTABLE, , false",
			// AVERAGE: mean of the reported and the extrapolated quarters
			"HIGHER_IS_BETTER, , AVERAGE, 70, 80, LEVEL, 70, COMPUTED, 87.50, false",
			"HIGHER_IS_BETTER, , AVERAGE, 70;72, 80, TREND_MEAN, 73, COMPUTED, 91.25, true",
			"HIGHER_IS_BETTER, , AVERAGE, 80;82;84, 80, TREND_MEAN, 83, COMPUTED, 103.75, false",
			"HIGHER_IS_BETTER, , AVERAGE, 80;-;84, 80, TREND_MEAN, 83, COMPUTED, 103.75, false",
			"LOWER_IS_BETTER, , AVERAGE, 7;6.5, 7, TREND_MEAN, 6.25, COMPUTED, 110.71, false",
			"LOWER_IS_BETTER, , AVERAGE, 6;8, 7, TREND_MEAN, 9, COMPUTED, 71.43, true",
			"HIGHER_IS_BETTER, , AVERAGE, 4;1, 5, TREND_MEAN, 1.25, COMPUTED, 25.00, true" })
	void projectsTheYearEnd(Polarity polarity, Formula formula, PeriodAggregation aggregation, String quarters,
			String year, ProjectionMethod method, BigDecimal actual, ResultStatus status, BigDecimal achievement,
			boolean atRisk) {
		ProjectionInputs inputs = inputs(Method.of(polarity, formula), aggregation, quarters, year);
		Projection projection = Projections.of(inputs);
		assertThat(projection.method()).isEqualTo(method);
		assertThat(projection.actual()).isEqualByComparingTo(actual);
		assertThat(projection.result().status()).isEqualTo(status);
		assertThat(projection.result().achievement()).isEqualTo(achievement);
		assertThat(projection.atRisk()).isEqualTo(atRisk);
		assertThat(projection.explanation()).isNull();
		Explanation explanation = Projections.explain(inputs);
		assertThat(explanation.text()).isNotBlank();
		assertThat(explanation.arithmetic()).isNotBlank();
		assertThat(explanation.inputs()).hasSize(quarters.split(";").length + 1);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', value = {
			"CUMULATIVE|10;17.4|60|R akhir tahun = (10 + 17,4) × 4 / 2 = 54,8; 54,8 / 60 × 100 = 91,33 "
					+ "Berisiko tidak tercapai: proyeksi capaian 91,33 di bawah 100.",
			"CUMULATIVE|10;10;11|60|R akhir tahun = (10 + 10 + 11) × 4 / 3 ≈ 41,33; 41,33 / 60 × 100 = 68,88 "
					+ "Berisiko tidak tercapai: proyeksi capaian 68,88 di bawah 100.",
			"CUMULATIVE|10|60|R akhir tahun = 10 × 4 / 1 = 40; 40 / 60 × 100 = 66,67 "
					+ "Baru 1 triwulan berjalan: belum dinilai berisiko (mulai TW II).",
			"LAST_VALUE|70;72|80|garis kuadrat terkecil atas (triwulan; R) (1; 70), (2; 72): x̄ = 1,5, ȳ = 71, b = 2; "
					+ "R TW4 = 71 + 2 × (4 − 1,5) = 76; 76 / 80 × 100 = 95,00 "
					+ "Berisiko tidak tercapai: proyeksi capaian 95,00 di bawah 100.",
			"LAST_VALUE|10;4|20|garis kuadrat terkecil atas (triwulan; R) (1; 10), (2; 4): x̄ = 1,5, ȳ = 7, b = (-6); "
					+ "R TW4 = 7 + (-6) × (4 − 1,5) = -8 → 0 (tren tidak diteruskan di bawah 0); 0 / 20 × 100 = 0,00 "
					+ "Berisiko tidak tercapai: proyeksi capaian 0,00 di bawah 100.",
			"LAST_VALUE|70|80|satu triwulan dilaporkan: R akhir tahun = R TW1 = 70; 70 / 80 × 100 = 87,50 "
					+ "Baru 1 triwulan berjalan: belum dinilai berisiko (mulai TW II).",
			"AVERAGE|80;82;84|80|garis kuadrat terkecil atas (triwulan; R) (1; 80), (2; 82), (3; 84): x̄ = 2, ȳ = 82, "
					+ "b = 2; R TW4 = 82 + 2 × (4 − 2) = 86; R tahun = (80 + 82 + 84 + 86) / 4 = 83; "
					+ "83 / 80 × 100 = 103,75 Proyeksi memenuhi target tahun.",
			"CUMULATIVE|5;5|none|R akhir tahun = (5 + 5) × 4 / 2 = 20. "
					+ "Target belum ditetapkan: capaian tidak dapat dihitung." })
	void explainsTheProjection(PeriodAggregation aggregation, String quarters, String year, String text) {
		Method method = Method.of(Polarity.HIGHER_IS_BETTER, null);
		Explanation explanation = Projections.explain(inputs(method, aggregation, quarters, year));
		assertThat(explanation.text()).isEqualTo(text);
		assertThat(explanation.formulaName()).contains(aggregation.name()).contains("RATIO: R / T × 100");
	}

	@Test
	void namesTheInputsAndTheCap() {
		Method method = Method.of(Polarity.LOWER_IS_BETTER, Formula.REVERSE_RATIO);
		ProjectionInputs inputs = ProjectionInputs.of(method, PeriodAggregation.CUMULATIVE, terms("0;-"),
				Target.of(new BigDecimal("8")), new BigDecimal("120"));
		Projection projection = Projections.of(inputs);
		assertThat(projection.result().achievement()).isEqualTo(new BigDecimal("120.00"));
		assertThat(Projections.explain(inputs).inputs()).containsExactly("TW1: R = 0", "TW2: R belum dilaporkan",
				"T tahun = 8", "batas capaian = 120");
		assertThat(Projections.explain(inputs).capApplied()).isTrue();
	}

	@Test
	void makesNoProjectionWithoutAReportedQuarterOrOnceTheYearIsFinal() {
		Method method = Method.of(Polarity.HIGHER_IS_BETTER, null);
		assertThat(Projections.of(inputs(method, PeriodAggregation.CUMULATIVE, "-;-", "60"))).isNull();
		assertThat(Projections.explain(inputs(method, PeriodAggregation.CUMULATIVE, "-", "60"))).isNull();
		assertThat(Projections.of(inputs(method, PeriodAggregation.LAST_VALUE, "1;2;3;4", "60"))).isNull();
		assertThat(Projections.of(inputs(method, PeriodAggregation.AVERAGE, "", "60"))).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> Projections.of(inputs(method, null, "1", "60")));
	}

	@Test
	void keptInputsReadBackTheirTarget() {
		Method method = Method.of(Polarity.HIGHER_IS_BETTER, null);
		assertThat(inputs(method, PeriodAggregation.AVERAGE, "1", "80~90").yearTarget())
			.isEqualTo(Target.range(new BigDecimal("80"), new BigDecimal("90")));
		assertThat(inputs(method, PeriodAggregation.AVERAGE, "1", "none").yearTarget()).isNull();
	}

	static ProjectionInputs inputs(Method method, PeriodAggregation aggregation, String quarters, String year) {
		return ProjectionInputs.of(method, aggregation, terms(quarters), target(year), null);
	}

	private static Target target(String year) {
		if ("none".equals(year)) {
			return null;
		}
		if (year.contains("~")) {
			String[] ends = year.split("~");
			return Target.range(new BigDecimal(ends[0]), new BigDecimal(ends[1]));
		}
		return Target.of(new BigDecimal(year));
	}

	private static List<Workings.Term> terms(String quarters) {
		List<Workings.Term> terms = new ArrayList<>();
		if (quarters.isEmpty()) {
			return terms;
		}
		String[] values = quarters.split(";");
		for (int i = 0; i < values.length; i++) {
			BigDecimal actual = "-".equals(values[i]) ? null : new BigDecimal(values[i]);
			terms.add(Workings.Term.of("TW" + (i + 1), Target.of(BigDecimal.ONE), actual));
		}
		return terms;
	}

}
