package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The numbers without explanation ({@link Achievements#of}, {@link RollUps#of},
 * {@link Budgets#efficiencyToDateOf}) are exactly the numbers of the calculation that
 * writes its explanation, on a table of edges: rounding at .5, negative values, zero
 * targets, ranges on both sides, R = 0 with and without a cap, numbers of 18 digits.
 */
class FiguresTest {

	private static final List<String> NUMBERS = List.of("0", "7", "8", "6.5", "9", "-3", "-5", "0.125", "1.0000000000",
			"2.00005", "80", "90", "92", "70", "100", "33.333333333333", "999999999999999999", "0.0000000001");

	private static final List<Method> METHODS = List.of(Method.of(Polarity.HIGHER_IS_BETTER, null),
			Method.of(Polarity.LOWER_IS_BETTER, Formula.REVERSE_DIFFERENCE),
			Method.of(Polarity.LOWER_IS_BETTER, Formula.REVERSE_RATIO));

	private static final List<BigDecimal> CAPS = java.util.Arrays.asList(null, new BigDecimal("100"),
			new BigDecimal("120.5"));

	@Test
	void oneTargetAgainstOneActualGivesTheExplainedNumbers() {
		List<Target> targets = new ArrayList<>();
		NUMBERS.forEach((n) -> targets.add(Target.of(new BigDecimal(n))));
		targets.add(Target.range(new BigDecimal("80"), new BigDecimal("90")));
		targets.add(Target.range(new BigDecimal("-10"), new BigDecimal("-5")));
		targets.add(Target.range(BigDecimal.ZERO, new BigDecimal("7.5")));
		targets.add(null);
		int cases = 0;
		for (Method method : METHODS) {
			for (BigDecimal cap : CAPS) {
				for (Target target : targets) {
					for (String actual : NUMBERS) {
						BigDecimal r = new BigDecimal(actual);
						assertThat(Achievements.of(Workings.single(method, target, r, cap)))
							.as("%s %s %s cap %s", method, target, actual, cap)
							.isEqualTo(withoutExplanation(Achievements.compute(method, target, r, cap)));
						cases++;
					}
					assertThat(Achievements.of(Workings.single(method, target, null, cap)))
						.isEqualTo(withoutExplanation(Achievements.compute(method, target, null, cap)));
				}
			}
		}
		assertThat(cases).isGreaterThan(2000);
	}

	@Test
	void periodsGiveTheExplainedNumbersAndTheTargetToDate() {
		String[][] quarters = { { "13.7", "12" }, { "13.7", null }, { "0", "0" }, { "27.4", "30.5" },
				{ "-2", "-1.5" } };
		for (PeriodAggregation aggregation : PeriodAggregation.values()) {
			for (Method method : METHODS) {
				for (int mask = 0; mask < 16; mask++) {
					List<PeriodValue> periods = new ArrayList<>();
					List<Workings.Term> terms = new ArrayList<>();
					for (int q = 0; q < 4; q++) {
						String[] row = quarters[(q + mask) % quarters.length];
						Target target = (q == 2 && mask % 3 == 0)
								? Target.range(new BigDecimal(row[0]), new BigDecimal(row[0]).add(BigDecimal.TEN))
								: Target.of(new BigDecimal(row[0]));
						BigDecimal actual = ((mask >> q & 1) == 1 || row[1] == null) ? null : new BigDecimal(row[1]);
						periods.add(new PeriodValue("TW" + (q + 1), target, actual));
						terms.add(Workings.Term.of("TW" + (q + 1), target, actual));
					}
					Workings workings = Workings.periods(method, aggregation, terms, new BigDecimal("120"));
					Measure measure = Achievements.measure(workings);
					assertThat(measure.result()).as("%s %s %s", aggregation, method, periods)
						.isEqualTo(withoutExplanation(
								Achievements.computePeriods(method, aggregation, periods, new BigDecimal("120"))));
					assertThat(measure.target()).isEqualTo(Achievements.periodTarget(aggregation, periods));
					assertThat(Achievements.periodTarget(workings)).isEqualTo(measure.target());
				}
			}
		}
	}

	@Test
	void qualitativeValuesGiveTheExplainedNumbers() {
		QualitativeScale scale = new QualitativeScale(List.of(new ScaleEntry("WTP", new BigDecimal("4")),
				new ScaleEntry("WDP", new BigDecimal("3")), new ScaleEntry("TMP", BigDecimal.ONE)));
		List<String> values = java.util.Arrays.asList("WTP", " wdp ", "TMP", "XYZ", "", null);
		for (Method method : METHODS) {
			for (String target : values) {
				for (String actual : values) {
					assertThat(Achievements.of(Workings.qualitative(method, target, actual, scale, null))).isEqualTo(
							withoutExplanation(Achievements.computeQualitative(method, target, actual, scale, null)));
				}
			}
		}
	}

	@Test
	void rollUpsAndEfficiencyGiveTheExplainedNumbers() {
		AchievementResult high = Achievements.compute(METHODS.get(0), Target.of(new BigDecimal("8")),
				new BigDecimal("12.5"), null);
		AchievementResult low = Achievements.compute(METHODS.get(1), Target.of(new BigDecimal("8")),
				new BigDecimal("9"), null);
		AchievementResult none = Achievements.compute(METHODS.get(0), Target.of(BigDecimal.ZERO), BigDecimal.ONE, null);
		AchievementResult missing = Achievements.compute(METHODS.get(0), Target.of(BigDecimal.ONE), null, null);
		List<List<RollUpItem>> tables = List.of(List.of(), List.of(new RollUpItem("A", none, null)),
				List.of(new RollUpItem("A", high, null), new RollUpItem("B", low, null)),
				List.of(new RollUpItem("A", high, new BigDecimal("2")), new RollUpItem("B", low, null),
						new RollUpItem("C", missing, BigDecimal.ONE), new RollUpItem(null, none, null)),
				List.of(new RollUpItem("A", high, BigDecimal.ZERO), new RollUpItem("B", low, BigDecimal.ZERO)));
		for (List<RollUpItem> items : tables) {
			for (BigDecimal cap : CAPS) {
				RollUpResult explained = RollUps.rollUp(items, cap);
				assertThat(RollUps.of(items, cap)).isEqualTo(new RollUpResult(explained.achievement(),
						explained.exact(), explained.provisional(), explained.counted(), explained.notComputable(),
						explained.notReported(), explained.capped(), null));
			}
		}
		for (String mean : List.of("100", "90", "80.5", "95.005")) {
			for (String spent : List.of("200", "300", "500", "0")) {
				for (String share : List.of("25", "50", "100")) {
					EfficiencyResult explained = Budgets.efficiencyToDate(new BigDecimal(mean), new BigDecimal(spent),
							new BigDecimal("1000"), new BigDecimal(share), null);
					assertThat(Budgets.efficiencyToDateOf(new BigDecimal(mean), new BigDecimal(spent),
							new BigDecimal("1000"), new BigDecimal(share), null))
						.isEqualTo(explained.efficiency());
				}
			}
		}
		assertThatThrownBy(() -> Budgets.efficiencyToDateOf(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN,
				new BigDecimal("100"), new BigDecimal("-1")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static AchievementResult withoutExplanation(AchievementResult result) {
		return new AchievementResult(result.status(), result.achievement(), result.exact(), result.provisional(),
				result.actualUsed(), result.targetUsed(), null);
	}

}
