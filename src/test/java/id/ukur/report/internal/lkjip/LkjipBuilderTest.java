package id.ukur.report.internal.lkjip;

import static id.ukur.report.internal.lkjip.LkjipFixtures.d;
import static id.ukur.report.internal.lkjip.LkjipFixtures.indicatorFigure;
import static id.ukur.report.internal.lkjip.LkjipFixtures.inputs;
import static id.ukur.report.internal.lkjip.LkjipFixtures.node;
import static id.ukur.report.internal.lkjip.LkjipFixtures.numeric;
import static id.ukur.report.internal.lkjip.LkjipFixtures.plan;
import static id.ukur.report.internal.lkjip.LkjipFixtures.qualitative;
import static id.ukur.report.internal.lkjip.LkjipFixtures.round;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import id.ukur.calculation.PeriodAggregation;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanDocument;
import id.ukur.round.Period;
import id.ukur.round.RoundStatus;
import org.junit.jupiter.api.Test;

class LkjipBuilderTest {

	private static final List<String> CUMULATIVE_TARGETS = List.of("24", "30", "36", "30");

	private static final List<String> LEVEL_TARGETS = List.of("19.38", "20.25", "21.13", "22");

	@Test
	void withoutAnEarlierYearTheTableHoldsThisYearAndTheProgressOnly() {
		PlanDocument plan = plan(2026,
				List.of(numeric("IKU-01", PeriodAggregation.LAST_VALUE, "30", LEVEL_TARGETS, null)), d("1000"));
		Lkjip lkjip = LkjipBuilder.build(inputs(2026, plan, Map.of(), List.of(round(7, 2026, Period.TW4,
				RoundStatus.SEALED, indicatorFigure("IKU-01", "22", "24", "109.09", false)))));
		assertThat(lkjip.previousYears()).isEmpty();
		assertThat(lkjip.finalPeriod()).isEqualTo("TW4");
		assertThat(lkjip.provisional()).isFalse();
		Lkjip.IndicatorRow row = lkjip.objectives().get(0).indicators().get(0);
		assertThat(row.previous()).isEmpty();
		assertThat(row.target()).isEqualTo("22");
		assertThat(row.actual()).isEqualTo("24");
		assertThat(row.achievement()).isEqualByComparingTo("109.09");
		assertThat(row.ratingLabel()).isEqualTo("Sangat Tinggi");
		assertThat(row.progress().percent()).isEqualByComparingTo("80.00");
		assertThat(row.progress().explanation()).contains("target akhir Renstra").contains("24 / 30");
	}

	@Test
	void anEarlierYearWithoutARoundComesFromTheActualsRecordedInItsPlan() {
		IndicatorDoc cumulative = numeric("IKU-02", PeriodAggregation.CUMULATIVE, "650", CUMULATIVE_TARGETS,
				List.of("28", "30", "41", "31"));
		IndicatorDoc level = numeric("IKU-01", PeriodAggregation.LAST_VALUE, "30", LEVEL_TARGETS,
				List.of("18.88", "19.28", "20.18", "20.46"));
		PlanDocument earlier = plan(2025, List.of(level, cumulative), d("1000"));
		PlanDocument plan = plan(2026, List.of(level, cumulative), d("1000"));
		Lkjip lkjip = LkjipBuilder.build(inputs(2026, plan, Map.of(2025, earlier), List.of()));
		assertThat(lkjip.previousYears()).containsExactly(2025);
		assertThat(lkjip.finalPeriod()).isNull();
		Lkjip.PastYear levelPast = lkjip.objectives().get(0).indicators().get(0).previous().get(0);
		assertThat(levelPast.source()).isEqualTo("PLAN");
		assertThat(levelPast.actual()).isEqualTo("20.46");
		assertThat(levelPast.achievement()).isEqualByComparingTo("93.00");
		Lkjip.PastYear sumPast = lkjip.objectives().get(0).indicators().get(1).previous().get(0);
		assertThat(sumPast.actual()).isEqualTo("130");
		assertThat(sumPast.achievement()).isEqualByComparingTo("108.33");
		Lkjip.IndicatorRow row = lkjip.objectives().get(0).indicators().get(0);
		assertThat(row.status()).isEqualTo("NOT_MEASURED");
		assertThat(row.progress().status()).isEqualTo("NOT_REPORTED");
	}

	@Test
	void anEarlierYearsRoundComesBeforeItsPlanAndAnIndicatorNewThisYearHasNoPast() {
		IndicatorDoc level = numeric("IKU-01", PeriodAggregation.LAST_VALUE, "30", LEVEL_TARGETS,
				List.of("18.88", "19.28", "20.18", "20.46"));
		IndicatorDoc fresh = numeric("IKU-NEW", PeriodAggregation.LAST_VALUE, "30", LEVEL_TARGETS, null);
		PlanDocument earlier = plan(2025, List.of(level), d("1000"));
		PlanDocument plan = plan(2026, List.of(level, fresh), d("1000"));
		Lkjip lkjip = LkjipBuilder.build(inputs(2026, plan, Map.of(2025, earlier), List
			.of(round(3, 2025, Period.TW4, RoundStatus.OPEN, indicatorFigure("IKU-01", "22", "21", "95.45", false)))));
		Lkjip.PastYear past = lkjip.objectives().get(0).indicators().get(0).previous().get(0);
		assertThat(past.source()).isEqualTo("ROUND");
		assertThat(past.actual()).isEqualTo("21");
		assertThat(past.achievement()).isEqualByComparingTo("95.45");
		assertThat(past.provisional()).as("the 2025 round is not sealed").isTrue();
		Lkjip.PastYear none = lkjip.objectives().get(0).indicators().get(1).previous().get(0);
		assertThat(none.source()).isEqualTo("NONE");
		assertThat(none.actual()).isNull();
		assertThat(none.achievement()).isNull();
	}

	@Test
	void withoutAnEndTargetTheProgressIsNotComputable() {
		PlanDocument plan = plan(2026,
				List.of(numeric("IKU-01", PeriodAggregation.LAST_VALUE, null, LEVEL_TARGETS, null)), d("1000"));
		Lkjip lkjip = LkjipBuilder.build(inputs(2026, plan, Map.of(), List.of(round(7, 2026, Period.TW4,
				RoundStatus.SEALED, indicatorFigure("IKU-01", "22", "24", "109.09", false)))));
		Lkjip.IndicatorRow row = lkjip.objectives().get(0).indicators().get(0);
		assertThat(row.endTarget()).isNull();
		assertThat(row.progress().status()).isEqualTo("NOT_COMPUTABLE");
		assertThat(row.progress().percent()).isNull();
		assertThat(row.progress().explanation()).contains("Target akhir Renstra belum ditetapkan");
	}

	@Test
	void aQualitativeIndicatorCountsItsScoresForTheProgressAndItsPast() {
		IndicatorDoc sakip = qualitative("IKU-08", "A", List.of("B", "B", "B", "B"));
		Lkjip lkjip = LkjipBuilder.build(inputs(2026, plan(2026, List.of(sakip), d("1000")),
				Map.of(2025, plan(2025, List.of(sakip), d("1000"))), List.of(round(7, 2026, Period.TW4,
						RoundStatus.SEALED, indicatorFigure("IKU-08", "BB", "B", "75", false)))));
		Lkjip.IndicatorRow row = lkjip.objectives().get(0).indicators().get(0);
		assertThat(row.qualitative()).isTrue();
		assertThat(row.actual()).isEqualTo("B");
		assertThat(row.progress().percent()).isEqualByComparingTo("60.00");
		assertThat(row.progress().explanation()).startsWith("A = 5; B = 3; ");
		Lkjip.PastYear past = row.previous().get(0);
		assertThat(past.actual()).isEqualTo("B");
		assertThat(past.achievement()).isEqualByComparingTo("75.00");
	}

	@Test
	void theEfficiencyTableShowsDAndAProgramWithoutBudgetIsNotAssessed() {
		PlanDocument plan = plan(2026, List.of(), null);
		Lkjip assessed = LkjipBuilder.build(inputs(2026, plan, Map.of(), List.of(round(7, 2026, Period.TW4,
				RoundStatus.SEALED, node("PROGRAM", "P1", "97.32", "1000", "850", "85.00", "EFFICIENT")))));
		Lkjip.EfficiencyRow row = assessed.efficiency().get(0);
		assertThat(row.difference()).isEqualByComparingTo("12.32");
		assertThat(row.efficiency()).isEqualTo("EFFICIENT");
		assertThat(row.explanation()).isEqualTo("D = 97,32 − 85,00 = 12,32 > 5 → Efisien");
		Lkjip unbudgeted = LkjipBuilder.build(inputs(2026, plan, Map.of(), List.of(round(7, 2026, Period.TW4,
				RoundStatus.SEALED, node("PROGRAM", "P1", "97.32", null, null, null, null)))));
		Lkjip.EfficiencyRow none = unbudgeted.efficiency().get(0);
		assertThat(none.budget()).isNull();
		assertThat(none.difference()).isNull();
		assertThat(none.efficiency()).isNull();
		assertThat(none.explanation()).isNull();
	}

	@Test
	void theYearsRoundComesBeforeTw4AndTw4BeforeS2() {
		PlanDocument plan = plan(2026,
				List.of(numeric("IKU-01", PeriodAggregation.LAST_VALUE, "30", LEVEL_TARGETS, null)), d("1000"));
		Lkjip lkjip = LkjipBuilder.build(inputs(2026, plan, Map.of(),
				List.of(round(1, 2026, Period.S2, RoundStatus.SEALED), round(2, 2026, Period.TW4, RoundStatus.SEALED),
						round(3, 2026, Period.YEAR, RoundStatus.OPEN,
								indicatorFigure("IKU-01", "22", "23", "104.55", false)))));
		assertThat(lkjip.finalPeriod()).isEqualTo("YEAR");
		assertThat(lkjip.roundId()).isEqualTo(3L);
		assertThat(lkjip.provisional()).isTrue();
		assertThat(lkjip.objectives().get(0).indicators().get(0).provisional()).isTrue();
		Lkjip tw4 = LkjipBuilder.build(inputs(2026, plan, Map.of(), List
			.of(round(1, 2026, Period.S2, RoundStatus.SEALED), round(2, 2026, Period.TW4, RoundStatus.SEALED))));
		assertThat(tw4.finalPeriod()).isEqualTo("TW4");
		assertThat(tw4.provisional()).isFalse();
		Lkjip quarter = LkjipBuilder
			.build(inputs(2026, plan, Map.of(), List.of(round(1, 2026, Period.TW3, RoundStatus.SEALED))));
		assertThat(quarter.finalPeriod()).as("a TW III round is no year's figure").isNull();
	}

}
