package id.ukur.round.internal.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.ukur.calculation.Method;
import id.ukur.calculation.Polarity;
import id.ukur.calculation.Target;
import id.ukur.calculation.Workings;
import id.ukur.round.Recap;
import id.ukur.round.Recap.IndicatorResult;
import id.ukur.round.Recap.NodeResult;
import id.ukur.shared.Labels;
import id.ukur.support.MachineWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No enum constant name reaches a reader of the worksheet: formulas, aggregations,
 * efficiency verdicts and statuses are named in the reader's language (docs/formats.md,
 * "Coded values"), also for a recap stored with its texts; its explanations are written
 * in the workbook's language (docs/calculation.md, "Explanations").
 */
class MachineWordsTest {

	private final ResourceBundleMessageSource messages = messages();

	@ParameterizedTest
	@ValueSource(strings = { "id-ID", "en" })
	void theWorksheetNamesEveryCodedValue(String language) throws IOException {
		Locale locale = Locale.forLanguageTag(language);
		ReportModel model = withRecap(ReportSamples.draft(), coded(ReportSamples.draft().recap()));
		byte[] xlsx = new ReportDocuments(null, this.messages).worksheet(model, locale);
		assertThat(MachineWords.inWorkbook(xlsx)).isEmpty();
	}

	@Test
	void aFormulaAsTheCalculationNamesItIsShownInWords() {
		Locale english = Locale.ENGLISH;
		String named = "REVERSE_DIFFERENCE: (2 − R / T) × 100; LAST_VALUE: R dan T periode terakhir yang dilaporkan";
		assertThat(Labels.formula(this.messages, named, english))
			.isEqualTo("Reverse difference: (2 − R / T) × 100; Last value: R and T of the latest reported period");
		assertThat(
				Labels.formula(this.messages, "Proyeksi laju (CUMULATIVE): R akhir tahun", Locale.forLanguageTag("id")))
			.isEqualTo("Proyeksi laju (kumulatif): R akhir tahun");
		assertThat(Labels.leading(this.messages, "report.efficiency.", "EFFICIENT: 80 ≥ 75", english))
			.isEqualTo("Efficient: 80 ≥ 75");
		assertThat(MachineWords.in("Rasio: R / T × 100")).isEmpty();
		assertThat(MachineWords.in("RATIO: R / T")).containsExactly("RATIO");
	}

	@Test
	void anEnglishWorksheetExplainsInEnglishAndTheIndonesianOneInIndonesian() throws IOException {
		Recap sample = ReportSamples.draft().recap();
		IndicatorResult i = sample.indicators().get(0);
		Workings workings = Workings.single(Method.of(Polarity.HIGHER_IS_BETTER, null), Target.of(new BigDecimal("8")),
				new BigDecimal("9"), null);
		IndicatorResult kept = new IndicatorResult(i.indicatorCode(), i.name(), i.measureUnit(), i.nodeCode(),
				i.unitCode(), i.target(), i.actual(), i.achievement(), i.rating(), i.ratingLabel(), i.status(),
				i.provisional(), i.needsFollowUp(), null, List.of(), null, null, null, i.targetValue(), i.targetMin(),
				i.targetMax(), i.targetToDate(), i.targetToDateValue(), i.targetToDateMin(), i.targetToDateMax(),
				i.actualValue(), i.actualToDate(), i.actualToDateValue(), i.exact(), i.weight(), workings, null);
		List<IndicatorResult> indicators = new ArrayList<>(sample.indicators());
		indicators.set(0, kept);
		ReportModel model = withRecap(ReportSamples.draft(), new Recap(sample.calculatedAt(), true, sample.scaleCode(),
				indicators, sample.nodes(), sample.agency()));
		ReportDocuments documents = new ReportDocuments(null, this.messages);
		assertThat(cells(documents.worksheet(model, Locale.ENGLISH)))
			.contains("112,5000000000 → 112,50 (rounded half up, 2 decimals)");
		assertThat(cells(documents.worksheet(model)))
			.contains("112,5000000000 → 112,50 (dibulatkan setengah ke atas, 2 desimal)");
	}

	private static List<String> cells(byte[] xlsx) throws IOException {
		List<String> cells = new ArrayList<>();
		org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			book.forEach((sheet) -> sheet
				.forEach((row) -> row.forEach((cell) -> cells.add(formatter.formatCellValue(cell)))));
		}
		return cells;
	}

	/** The sample with formulas and verdicts written as the calculation writes them. */
	private static Recap coded(Recap sample) {
		List<IndicatorResult> indicators = new ArrayList<>();
		for (IndicatorResult i : sample.indicators()) {
			indicators.add(new IndicatorResult(i.indicatorCode(), i.name(), i.measureUnit(), i.nodeCode(), i.unitCode(),
					i.target(), i.actual(), i.achievement(), i.rating(), i.ratingLabel(), i.status(), i.provisional(),
					i.needsFollowUp(), i.explanation(), i.inputs(),
					i.formula() + ": R / T × 100; LAST_VALUE: R dan T periode terakhir yang dilaporkan", i.arithmetic(),
					i.rounding()));
		}
		List<NodeResult> nodes = sample.nodes()
			.stream()
			.map((n) -> new NodeResult(n.kind(), n.code(), n.name(), n.depth(), n.achievement(), n.rating(),
					n.ratingLabel(), n.provisional(), n.counted(), n.explanation(), n.budget(), n.spent(),
					n.absorption(), (n.efficiency() != null) ? "EFFICIENT: 80,00 / 75,00" : null))
			.toList();
		return new Recap(sample.calculatedAt(), true, sample.scaleCode(), indicators, nodes, sample.agency());
	}

	private static ReportModel withRecap(ReportModel m, Recap recap) {
		return new ReportModel(m.agencyName(), m.agencyAddress(), m.regionName(), m.round(), recap, m.entries(),
				m.signatory(), m.draft(), m.signedAt(), m.verificationCode(), m.verifyUrl(), m.zone());
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
