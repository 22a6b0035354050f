package id.ukur.report.internal.lkjip;

import static id.ukur.report.internal.lkjip.LkjipFixtures.d;
import static id.ukur.report.internal.lkjip.LkjipFixtures.indicatorFigure;
import static id.ukur.report.internal.lkjip.LkjipFixtures.inputs;
import static id.ukur.report.internal.lkjip.LkjipFixtures.node;
import static id.ukur.report.internal.lkjip.LkjipFixtures.numeric;
import static id.ukur.report.internal.lkjip.LkjipFixtures.plan;
import static id.ukur.report.internal.lkjip.LkjipFixtures.round;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ukur.calculation.PeriodAggregation;
import id.ukur.plan.IndicatorDoc;
import id.ukur.round.Period;
import id.ukur.round.RoundStatus;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The XLSX and the DOCX read back: the same numbers as the tables, in Indonesian formats,
 * real Word tables with repeated header rows and a landscape section for the wide table.
 * The files are left in {@code target/lkjip} to be opened by hand.
 */
class LkjipDocumentsTest {

	private static final Path OUT = Path.of("target", "lkjip");

	private final LkjipTexts texts = new LkjipTexts(messages(), Locale.forLanguageTag("id-ID"));

	@Test
	void theWordDocumentHoldsCaptionedTablesInIndonesianFormats() throws Exception {
		byte[] docx = LkjipDocument.write(sample(), this.texts);
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("sample.docx"), docx);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getTables()).hasSize(2);
			String text = document.getParagraphs().stream().map((p) -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
			assertThat(text).contains("Tabel 3.1 Capaian kinerja sasaran S1: Sasaran satu")
				.contains("Tabel 3.2 Efisiensi penggunaan anggaran per program");
			XWPFTable objective = document.getTables().get(0);
			assertThat(objective.getRow(0).isRepeatHeader()).isTrue();
			assertThat(objective.getRow(0).getCell(3).getText()).isEqualTo("Tahun 2025");
			assertThat(objective.getRow(1).getCell(3).getText()).isEqualTo("Realisasi");
			List<String> first = objective.getRow(2).getTableCells().stream().map((c) -> c.getText()).toList();
			assertThat(first).containsExactly("1", "Indikator IKU-02", "%", "130", "108,33", "1.250", "1.300,5",
					"104,04", "Sangat Tinggi", "10", "6.500", "20,01");
			XWPFTable efficiency = document.getTables().get(1);
			assertThat(efficiency.getRow(1).getTableCells().stream().map((c) -> c.getText()).toList()).containsExactly(
					"1", "P1 PROGRAM SATU", "1.183.500.000", "1.006.000.000", "85,00", "97,32", "12,32", "Efisien");
			// the wide table's section is landscape, the efficiency table's portrait
			assertThat(document.getParagraphs()
				.stream()
				.filter((p) -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
				.map((p) -> p.getCTP().getPPr().getSectPr().getPgSz().getOrient())
				.toList()).containsExactly(STPageOrientation.LANDSCAPE);
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient())
				.isEqualTo(STPageOrientation.PORTRAIT);
		}
	}

	@Test
	void theWorkbookHoldsTheNumbersAsNumbers() throws Exception {
		byte[] xlsx = LkjipWorkbook.write(sample(), this.texts);
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("sample.xlsx"), xlsx);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet objectives = book.getSheet("Capaian sasaran");
			assertThat(objectives.getRow(3).getCell(0).getStringCellValue())
				.isEqualTo("Tabel 3.1 Capaian kinerja sasaran S1: Sasaran satu");
			assertThat(objectives.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(108.33);
			assertThat(objectives.getRow(6).getCell(6).getNumericCellValue()).isEqualTo(1300.5);
			assertThat(objectives.getRow(6).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			Sheet efficiency = book.getSheet("Efisiensi");
			assertThat(efficiency.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(1183500000d);
			assertThat(efficiency.getRow(5).getCell(7).getStringCellValue()).isEqualTo("Efisien");
		}
	}

	/** One objective with one cumulative indicator, a 2025 plan, a sealed 2026 TW IV. */
	private static Lkjip sample() {
		IndicatorDoc indicator = numeric("IKU-02", PeriodAggregation.CUMULATIVE, "6500",
				List.of("24", "30", "36", "30"), List.of("28", "30", "41", "31"));
		return LkjipBuilder.build(inputs(2026, plan(2026, List.of(indicator), d("1183500000")),
				Map.of(2025, plan(2025, List.of(indicator), d("1183500000"))),
				List.of(round(9, 2026, Period.TW4, RoundStatus.SEALED,
						indicatorFigure("IKU-02", "1250", "1300.5", "104.04", false),
						node("OBJECTIVE", "S1", "104.04", null, null, null, null),
						node("PROGRAM", "P1", "97.32", "1183500000", "1006000000", "85.00", "EFFICIENT")))));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
