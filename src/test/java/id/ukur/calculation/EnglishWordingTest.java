package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/calculation.md, "Explanations": every explanation the calculation writes has an
 * English form. A table of cases covering every reason, formula, aggregation, roll-up,
 * efficiency verdict and projection method is explained in {@link Wording#ENGLISH}, and
 * no Indonesian word may remain; the numbers stay Indonesian.
 */
class EnglishWordingTest {

	/** Words of the Indonesian explanations that no English one may contain. */
	private static final Pattern INDONESIAN = Pattern.compile("\\b(belum|dilaporkan|dibulatkan|sementara|tidak|"
			+ "jumlah|rata-rata|rentang|proyeksi|serapan|capaian|dihitung|ditetapkan|dibatasi|bobot|triwulan|tahun|"
			+ "periode|dalam|atas|bawah|antara|dan|efisien|laju|tren|garis|hasil|batas|nilai|skala|terbaik|berisiko|"
			+ "tercapai|baru|memenuhi|tertimbang|indikator|pada|akhir|pagu|porsi|paling|rendah|masih|diikutkan)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Method HIGHER = Method.of(Polarity.HIGHER_IS_BETTER, null);

	private static final Method DIFFERENCE = Method.of(Polarity.LOWER_IS_BETTER, Formula.REVERSE_DIFFERENCE);

	private static final Method REVERSE = Method.of(Polarity.LOWER_IS_BETTER, Formula.REVERSE_RATIO);

	private static final Wording EN = Wording.ENGLISH;

	private static final QualitativeScale SCALE = new QualitativeScale(
			List.of(new ScaleEntry("WTP", n("4")), new ScaleEntry("WDP", n("3"))));

	@ParameterizedTest
	@EnumSource(Phrase.class)
	void everyPhraseHasAnEnglishForm(Phrase phrase) {
		assertThat(phrase.english()).isNotBlank().isNotEqualTo(phrase.indonesian());
		assertThat(INDONESIAN.matcher(phrase.english()).find()).as(phrase.english()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void explainsInEnglish(String name, Supplier<List<String>> texts) {
		for (String text : texts.get()) {
			assertThat(INDONESIAN.matcher(text).find()).as(name + ": " + text).isFalse();
		}
	}

	static Stream<Object[]> cases() {
		List<Object[]> cases = new ArrayList<>();
		add(cases, "ratio", () -> Achievements.compute(HIGHER, t("8"), n("9"), null, EN));
		add(cases, "reverse difference below 0", () -> Achievements.compute(DIFFERENCE, t("8"), n("20"), null, EN));
		add(cases, "reverse ratio R = 0 capped", () -> Achievements.compute(REVERSE, t("8"), n("0"), n("120"), EN));
		add(cases, "reverse ratio R = 0 no cap", () -> Achievements.compute(REVERSE, t("8"), n("0"), null, EN));
		add(cases, "reverse ratio negative T", () -> Achievements.compute(REVERSE, t("-8"), n("0"), null, EN));
		add(cases, "T = 0 higher", () -> Achievements.compute(HIGHER, t("0"), n("5"), null, EN));
		add(cases, "T = 0 lower", () -> Achievements.compute(DIFFERENCE, t("0"), n("3"), null, EN));
		add(cases, "not reported", () -> Achievements.compute(HIGHER, t("8"), null, null, EN));
		add(cases, "no target", () -> Achievements.compute(HIGHER, null, n("8"), null, EN));
		for (String actual : new String[] { "85", "95", "70" }) {
			add(cases, "range R = " + actual,
					() -> Achievements.compute(DIFFERENCE, Target.range(n("80"), n("90")), n(actual), null, EN));
		}
		add(cases, "qualitative", () -> Achievements.computeQualitative(HIGHER, "WTP", "WDP", SCALE, null, EN));
		add(cases, "qualitative unknown", () -> Achievements.computeQualitative(HIGHER, "WTP", "X", SCALE, null, EN));
		add(cases, "qualitative no target", () -> Achievements.computeQualitative(HIGHER, " ", "WDP", SCALE, null, EN));
		add(cases, "qualitative not reported",
				() -> Achievements.computeQualitative(HIGHER, "WTP", null, SCALE, null, EN));
		for (PeriodAggregation aggregation : PeriodAggregation.values()) {
			add(cases, aggregation + " provisional",
					() -> Achievements.computePeriods(
							HIGHER, aggregation, List.of(new PeriodValue(null, t("10"), n("12")),
									new PeriodValue(null, t("10"), null), new PeriodValue("TW3", t("10"), n("9"))),
							n("110"), EN));
			add(cases, aggregation + " not reported", () -> Achievements.computePeriods(HIGHER, aggregation,
					List.of(new PeriodValue("TW1", t("10"), null)), null, EN));
		}
		add(cases, "progress", () -> Comparisons.progressToEndTarget(HIGHER, n("100"), n("80"), EN));
		add(cases, "progress no end target", () -> Comparisons.progressToEndTarget(HIGHER, null, n("80"), EN));
		add(cases, "progress not reported", () -> Comparisons.progressToEndTarget(HIGHER, n("100"), null, EN));
		rollUps(cases);
		efficiencies(cases);
		projections(cases);
		return cases.stream();
	}

	private static void rollUps(List<Object[]> cases) {
		RollUpItem capped = new RollUpItem("A", computed("150", true), n("2"));
		RollUpItem plain = new RollUpItem("E", computed("90", false), null);
		RollUpItem notComputable = new RollUpItem("B",
				new AchievementResult(ResultStatus.NOT_COMPUTABLE, null, null, false, null, null, null), null);
		RollUpItem notReported = new RollUpItem("C",
				new AchievementResult(ResultStatus.NOT_REPORTED, null, null, false, null, null, null), null);
		explanation(cases, "weighted roll-up",
				() -> RollUps.rollUp(List.of(capped, plain, notComputable, notReported), n("120"), EN).explanation());
		explanation(cases, "mean roll-up",
				() -> RollUps.rollUp(List.of(new RollUpItem("A", computed("150", false), null), plain), null, EN)
					.explanation());
		explanation(cases, "no indicators", () -> RollUps.rollUp(List.of(notComputable), null, EN).explanation());
		explanation(cases, "zero weight",
				() -> RollUps.rollUp(List.of(new RollUpItem("A", computed("90", false), BigDecimal.ZERO)), null, EN)
					.explanation());
	}

	private static void efficiencies(List<Object[]> cases) {
		text(cases, "efficient", () -> Budgets.efficiency(n("90"), n("80"), null, EN).explanation());
		text(cases, "inefficient", () -> Budgets.efficiency(n("70"), n("90"), null, EN).explanation());
		text(cases, "fairly efficient", () -> Budgets.efficiency(n("80"), n("82"), null, EN).explanation());
		text(cases, "efficiency to date",
				() -> Budgets.efficiencyToDate(n("90"), n("40"), n("100"), n("50"), null, EN).explanation());
	}

	private static void projections(List<Object[]> cases) {
		projection(cases, "pace at risk", HIGHER, PeriodAggregation.CUMULATIVE, "10;17.4", "60");
		projection(cases, "pace meets", HIGHER, PeriodAggregation.CUMULATIVE, "15;16;17", "60");
		projection(cases, "pace too early", HIGHER, PeriodAggregation.CUMULATIVE, "10", "60");
		projection(cases, "pace no year target", HIGHER, PeriodAggregation.CUMULATIVE, "5;5", null);
		projection(cases, "pace R = 0 no cap", REVERSE, PeriodAggregation.CUMULATIVE, "0;0", "8");
		projection(cases, "level", HIGHER, PeriodAggregation.LAST_VALUE, "70", "80");
		projection(cases, "trend", HIGHER, PeriodAggregation.LAST_VALUE, "70;72", "80");
		projection(cases, "trend floored", HIGHER, PeriodAggregation.LAST_VALUE, "10;4", "20");
		projection(cases, "trend of the mean", HIGHER, PeriodAggregation.AVERAGE, "80;-;84", "80");
		projection(cases, "trend of the mean floored", HIGHER, PeriodAggregation.AVERAGE, "4;1", "5");
	}

	@Test
	void writesTheseEnglishTexts() {
		Explanation ratio = Achievements.compute(HIGHER, t("8"), n("9"), null, EN).explanation();
		assertThat(ratio.formulaName()).isEqualTo("Ratio: R / T × 100");
		assertThat(ratio.inputs()).containsExactly("T = 8", "R = 9");
		assertThat(ratio.text()).isEqualTo("9 / 8 × 100 = 112,50");
		assertThat(ratio.rounding()).isEqualTo("112,5000000000 → 112,50 (rounded half up, 2 decimals)");
		assertThat(Achievements.compute(HIGHER, t("8"), null, null, EN).explanation().text())
			.isEqualTo("Actual not reported yet (not counted as 0).");
		Explanation periods = Achievements
			.computePeriods(HIGHER, PeriodAggregation.CUMULATIVE,
					List.of(new PeriodValue("TW1", t("10"), n("12")), new PeriodValue("TW2", t("10"), null)), null, EN)
			.explanation();
		assertThat(periods.formulaName()).isEqualTo(
				"Ratio: R / T × 100; Cumulative: R = sum of the actuals, T = sum of the targets of the reported periods");
		assertThat(periods.inputs()).containsExactly("TW1: T = 10, R = 12", "TW2: T = 10, R not reported yet");
		assertThat(periods.text()).endsWith("Provisional: no actual reported yet for TW2.");
		assertThat(Budgets.efficiency(n("1234.5"), n("80"), null, EN).explanation())
			.isEqualTo("D = 1.234,50 − 80,00 = 1.154,50 > 5 → Efficient");
		assertThat(RollUps.rollUp(List.of(), null, EN).explanation().text())
			.isEqualTo("No indicator has an achievement that can be computed.");
		Explanation risk = Projections
			.explain(ProjectionInputs.of(HIGHER, PeriodAggregation.CUMULATIVE, terms("10;17.4"), t("60"), null), EN);
		assertThat(risk.text()).endsWith("At risk of being missed: the projected achievement 91,33 is below 100.");
	}

	@Test
	void writesIndonesianByDefault() {
		Workings workings = Workings.single(HIGHER, t("8"), null, null);
		assertThat(Achievements.explain(workings)).isEqualTo(Achievements.explain(workings, Wording.INDONESIAN));
		assertThat(Achievements.explain(workings).text())
			.isEqualTo("Realisasi belum dilaporkan (tidak dihitung sebagai 0).");
		assertThat(Wording.of(Locale.ENGLISH)).isEqualTo(Wording.ENGLISH);
		assertThat(Wording.of(Locale.forLanguageTag("id"))).isEqualTo(Wording.INDONESIAN);
		assertThat(Wording.of(null)).isEqualTo(Wording.INDONESIAN);
	}

	private static void projection(List<Object[]> cases, String name, Method method, PeriodAggregation aggregation,
			String quarters, String year) {
		explanation(cases, name, () -> Projections.explain(
				ProjectionInputs.of(method, aggregation, terms(quarters), (year != null) ? t(year) : null, null), EN));
	}

	private static void add(List<Object[]> cases, String name, Supplier<AchievementResult> result) {
		explanation(cases, name, () -> result.get().explanation());
	}

	private static void explanation(List<Object[]> cases, String name, Supplier<Explanation> explanation) {
		Supplier<List<String>> texts = () -> {
			Explanation e = explanation.get();
			assertThat(e).as(name).isNotNull();
			List<String> all = new ArrayList<>(e.inputs());
			Stream.of(e.formulaName(), e.arithmetic(), e.rounding(), e.text())
				.filter((s) -> s != null)
				.forEach(all::add);
			return all;
		};
		cases.add(new Object[] { name, texts });
	}

	private static void text(List<Object[]> cases, String name, Supplier<String> text) {
		cases.add(new Object[] { name, (Supplier<List<String>>) () -> List.of(text.get()) });
	}

	private static AchievementResult computed(String exact, boolean provisional) {
		return new AchievementResult(ResultStatus.COMPUTED, n(exact), n(exact), provisional, null, null, null);
	}

	private static List<Workings.Term> terms(String quarters) {
		String[] values = quarters.split(";");
		List<Workings.Term> terms = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			terms.add(Workings.Term.of("TW" + (i + 1), t("1"), "-".equals(values[i]) ? null : n(values[i])));
		}
		return terms;
	}

	private static Target t(String value) {
		return Target.of(n(value));
	}

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

}
