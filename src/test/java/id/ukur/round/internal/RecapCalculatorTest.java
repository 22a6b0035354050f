package id.ukur.round.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.calculation.RatingScale;
import id.ukur.organization.RegionSettings.Settings;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.plan.PlanValue;
import id.ukur.plan.ValueType;
import id.ukur.round.Period;
import id.ukur.round.Recap;
import id.ukur.round.RecapExplanations;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A round's recap: periods to date, roll-ups per node, the agency, budget to date. */
class RecapCalculatorTest {

	private static final Settings SETTINGS = new Settings(RatingScale.DEFAULT, null, BigDecimal.valueOf(5), "SEDANG",
			0);

	/**
	 * IKU-1: cumulative count 10/quarter; IKU-2: a rate, lower is better, 8 each quarter;
	 * IK-3 not key.
	 */
	private static final PlanDocument PLAN = new PlanDocument(2026, 1L,
			List.of(new PlanDocument.GoalDoc("T1", "Tujuan", null, List.of(),
					List.of(new PlanDocument.ObjectiveDoc("S1", "Sasaran 1", null,
							List.of(indicator("IKU-1", true, Polarity.HIGHER_IS_BETTER, Formula.RATIO,
									PeriodAggregation.CUMULATIVE, "10"),
									indicator("IKU-2", true, Polarity.LOWER_IS_BETTER, Formula.REVERSE_DIFFERENCE,
											PeriodAggregation.LAST_VALUE, "8")),
							List.of(new PlanDocument.ProgramDoc("P1", "Program 1", null, new BigDecimal("1000"),
									Map.of("TW1", new BigDecimal("200"), "TW2", new BigDecimal("300"), "TW3",
											new BigDecimal("100")),
									List.of(indicator("IK-3", false, Polarity.HIGHER_IS_BETTER, Formula.RATIO,
											PeriodAggregation.LAST_VALUE, "50")),
									List.of())))))));

	@Test
	void aQuarterTakesEarlierQuartersFromEarlierRounds() {
		Map<String, RecapCalculator.Actual> actuals = actuals("15", "9", "40");
		Map<String, Map<String, BigDecimal>> earlier = Map.of("IKU-1", Map.of("TW1", new BigDecimal("9")));
		Recap recap = RecapExplanations.render(new RecapCalculator(SETTINGS, Period.TW2).compute(PlanOutline.of(PLAN),
				actuals, earlier, Instant.EPOCH, true));
		// cumulative (9 + 15) / (10 + 10) = 120; reverse difference (2 − 9/8) × 100 =
		// 87.5; 40/50 = 80
		assertThat(achievements(recap)).containsExactly(entry("IKU-1", "120.00"), entry("IKU-2", "87.50"),
				entry("IK-3", "80.00"));
		Recap.NodeResult objective = node(recap, "S1");
		assertThat(objective.achievement()).isEqualByComparingTo("103.75");
		assertThat(objective.rating()).isEqualTo("SANGAT_TINGGI");
		Recap.NodeResult program = node(recap, "P1");
		assertThat(program.spent()).isEqualByComparingTo("500");
		assertThat(program.absorption()).isEqualByComparingTo("50.00");
		// like with like: half the year's budget spent by the end of TW II is all of the
		// period's share (50 %), against an achievement of 80 to date: not efficient (the
		// annual budget alone would have read 80 − 50 = 30, "Efisien")
		assertThat(program.budgetShare()).isEqualByComparingTo("50");
		assertThat(program.absorptionToDate()).isEqualByComparingTo("100.00");
		assertThat(program.efficiency()).startsWith("INEFFICIENT")
			.contains("porsi pagu s.d. periode (50 %)")
			.contains("D = 80,00 − 100,00 = -20,00");
		// the target the achievement uses: IKU-1 is cumulative, TW I + TW II
		Recap.IndicatorResult cumulative = recap.indicators().get(0);
		assertThat(cumulative.targetToDate()).isEqualTo("20");
		assertThat(cumulative.targetToDateValue()).isEqualByComparingTo("20");
		assertThat(cumulative.targetToDateMin()).isNull();
		assertThat(cumulative.actualValue()).isEqualByComparingTo("15");
		assertThat(cumulative.actualToDate()).isEqualTo("24");
		assertThat(cumulative.ownActualDiffers()).isTrue();
		assertThat(recap.indicators().get(1).targetToDate()).as("last value: the quarter's own").isEqualTo("8");
		// the agency over the key indicators of its objectives
		assertThat(recap.agency().achievement()).isEqualByComparingTo("103.75");
		assertThat(recap.agency().counted()).isEqualTo(2);
	}

	@Test
	void aMissingEarlierQuarterMakesTheResultProvisional() {
		Recap recap = RecapExplanations.render(new RecapCalculator(SETTINGS, Period.TW2).compute(PlanOutline.of(PLAN),
				actuals("15", "9", "40"), Map.of(), Instant.EPOCH, true));
		Recap.IndicatorResult cumulative = recap.indicators().get(0);
		assertThat(cumulative.provisional()).isTrue();
		assertThat(node(recap, "S1").provisional()).isTrue();
	}

	@Test
	void aValueNotReportedLeavesTheRollUpProvisional() {
		Map<String, RecapCalculator.Actual> actuals = actuals("15", null, "40");
		Recap recap = RecapExplanations.render(new RecapCalculator(SETTINGS, Period.TW1).compute(PlanOutline.of(PLAN),
				actuals, Map.of(), Instant.EPOCH, true));
		assertThat(recap.indicators().get(1).status()).isEqualTo("NOT_REPORTED");
		assertThat(recap.agency().provisional()).isTrue();
		assertThat(recap.agency().counted()).isEqualTo(1);
	}

	@Test
	void anUnderTargetIndicatorNeedsFollowUp() {
		Recap recap = RecapExplanations.render(new RecapCalculator(SETTINGS, Period.TW1).compute(PlanOutline.of(PLAN),
				actuals("5", "8", "50"), Map.of(), Instant.EPOCH, true));
		assertThat(recap.indicators()).filteredOn(Recap.IndicatorResult::needsFollowUp)
			.extracting(Recap.IndicatorResult::indicatorCode)
			.containsExactly("IKU-1");
	}

	@Test
	void aQuarterBeforeTheLastProjectsTheYearEnd() {
		Map<String, Map<String, BigDecimal>> earlier = Map.of("IKU-1", Map.of("TW1", new BigDecimal("9")));
		Recap calculated = new RecapCalculator(SETTINGS, Period.TW2).compute(PlanOutline.of(PLAN),
				actuals("15", "9", "40"), earlier, Instant.EPOCH, true);
		// IKU-1 pace (9 + 15) × 4 / 2 = 48 against 40; IKU-2 one level, 9 against 8
		// (reverse difference); IK-3 one level, 40 against 50
		assertThat(calculated.indicators())
			.extracting((i) -> i.projection().method(), (i) -> i.projection().actual(),
					(i) -> i.projection().achievement(), (i) -> i.projection().atRisk())
			.containsExactly(tuple("PACE", new BigDecimal("48"), new BigDecimal("120.00"), false),
					tuple("LEVEL", new BigDecimal("9"), new BigDecimal("87.50"), true),
					tuple("LEVEL", new BigDecimal("40"), new BigDecimal("80.00"), true));
		assertThat(calculated.indicators()).allSatisfy((i) -> assertThat(i.projection().explanation()).isNull());
		// kept in the stored recap and explained when shown
		Recap read = StoredRecapFormTest.JSON.readerFor(Recap.class)
			.withAttribute(id.ukur.shared.Numbers.STORED_JSON, true)
			.readValue(StoredRecapFormTest.JSON.writeValueAsString(calculated));
		Recap shown = RecapExplanations.render(read);
		assertThat(shown.indicators().get(0).projection().explanation().text())
			.isEqualTo("R akhir tahun = (9 + 15) × 4 / 2 = 48; 48 / 40 × 100 = 120,00 Proyeksi memenuhi target tahun.");
		assertThat(shown.indicators().get(1).projection().atRisk()).isTrue();
		// and in the figures of the read side
		List<id.ukur.round.Figure> figures = FigureStore.figures(calculated, PlanOutline.of(PLAN));
		assertThat(figures).filteredOn(id.ukur.round.Figure::indicator)
			.extracting(id.ukur.round.Figure::code, id.ukur.round.Figure::projection, id.ukur.round.Figure::atRisk)
			.containsExactly(tuple("IKU-1", new BigDecimal("120.00"), false),
					tuple("IKU-2", new BigDecimal("87.50"), true), tuple("IK-3", new BigDecimal("80.00"), true));
	}

	@Test
	void anEnglishReaderReadsTheExplanationsInEnglish() {
		Map<String, Map<String, BigDecimal>> earlier = Map.of("IKU-1", Map.of("TW1", new BigDecimal("9")));
		Recap calculated = new RecapCalculator(SETTINGS, Period.TW2).compute(PlanOutline.of(PLAN),
				actuals("15", "9", "40"), earlier, Instant.EPOCH, true);
		Recap english = RecapExplanations.render(calculated, java.util.Locale.ENGLISH);
		Recap.IndicatorResult cumulative = english.indicators().get(0);
		assertThat(cumulative.formula()).startsWith("Ratio: R / T × 100; Cumulative: R = sum of the actuals");
		assertThat(cumulative.rounding()).isEqualTo("120,0000000000 → 120,00 (rounded half up, 2 decimals)");
		assertThat(cumulative.projection().explanation().text()).isEqualTo(
				"year-end R = (9 + 15) × 4 / 2 = 48; 48 / 40 × 100 = 120,00 The projection meets the year's target.");
		assertThat(node(english, "P1").efficiency()).startsWith("INEFFICIENT: ")
			.contains("absorption against the budget share to date (50 %)")
			.endsWith("D = 80,00 − 100,00 = -20,00 < -5 → Inefficient");
		assertThat(node(english, "S1").explanation())
			.isEqualTo("(120 + 87,5) / 2 = 103,75 Provisional: the achievement of IKU-2 is still provisional.");
		// the sealed documents and render(recap) stay Indonesian
		assertThat(RecapExplanations.render(calculated).indicators().get(0).rounding()).contains("dibulatkan");
		assertThat(RecapExplanations.render(calculated, java.util.Locale.forLanguageTag("id-ID")))
			.isEqualTo(RecapExplanations.render(calculated));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "TW4", "S1", "S2", "YEAR" })
	void aFinalValueHasNoProjection(Period period) {
		Recap recap = new RecapCalculator(SETTINGS, period).compute(PlanOutline.of(PLAN), actuals("15", "9", "40"),
				Map.of(), Instant.EPOCH, true);
		assertThat(recap.indicators()).allSatisfy((i) -> assertThat(i.projection()).isNull());
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "TW1, 10", "TW3, 10", "S1, 20", "S2, 40", "YEAR, 40" })
	void theTargetOfAPeriodToDate(Period period, String target) {
		IndicatorDoc cumulative = PLAN.goals().get(0).objectives().get(0).indicators().get(0);
		assertThat(Ordering.targetText(cumulative, period)).isEqualTo(target);
	}

	private static Map.Entry<String, String> entry(String code, String achievement) {
		return Map.entry(code, achievement);
	}

	private static List<Map.Entry<String, String>> achievements(Recap recap) {
		return recap.indicators()
			.stream()
			.map((r) -> Map.entry(r.indicatorCode(), r.achievement().toPlainString()))
			.toList();
	}

	private static Recap.NodeResult node(Recap recap, String code) {
		return recap.nodes().stream().filter((n) -> n.code().equals(code)).findFirst().orElseThrow();
	}

	private static Map<String, RecapCalculator.Actual> actuals(String a, String b, String c) {
		Map<String, RecapCalculator.Actual> actuals = new HashMap<>();
		actuals.put("IKU-1", actual(a));
		actuals.put("IKU-2", actual(b));
		actuals.put("IK-3", actual(c));
		return actuals;
	}

	private static RecapCalculator.Actual actual(String value) {
		return new RecapCalculator.Actual("U", null, (value != null) ? new BigDecimal(value) : null, null, value);
	}

	private static IndicatorDoc indicator(String code, boolean key, Polarity polarity, Formula formula,
			PeriodAggregation aggregation, String quarterTarget) {
		Map<String, PeriodTarget> targets = new LinkedHashMap<>();
		for (String quarter : List.of("TW1", "TW2", "TW3", "TW4")) {
			targets.put(quarter, PeriodTarget.of(new BigDecimal(quarterTarget)));
		}
		BigDecimal annual = (aggregation == PeriodAggregation.CUMULATIVE)
				? new BigDecimal(quarterTarget).multiply(BigDecimal.valueOf(4)) : new BigDecimal(quarterTarget);
		return new IndicatorDoc(code, "Indikator " + code, "unit", key, null, null, null, polarity, formula,
				aggregation, ValueType.NUMBER, "U", null, null, null, PlanValue.of(annual), null, null, targets, null,
				null);
	}

}
