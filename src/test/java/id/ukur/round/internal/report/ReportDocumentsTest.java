package id.ukur.round.internal.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.ukur.round.Recap;
import id.ukur.round.Recap.IndicatorResult;
import id.ukur.shared.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.support.DefaultFormattingConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round's documents rendered for real, without a Spring context: a template engine
 * and message source set up as Spring Boot does, and the PDFs and workbooks read back.
 */
class ReportDocumentsTest {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

	private static ReportDocuments documents;

	private static byte[] signedPdf;

	private static byte[] draftPdf;

	@BeforeAll
	static void render() throws Exception {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		documents = new ReportDocuments(renderer(messages), messages);
		signedPdf = documents.pdf(ReportSamples.signed(), INDONESIAN);
		draftPdf = documents.pdf(ReportSamples.draft(), INDONESIAN);
		// kept for a look by eye: pdftoppm -png -r 60 target/report-sample.pdf
		// target/report-sample
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/report-sample.pdf"), signedPdf);
		Files.write(Path.of("target/report-sample-draft.pdf"), draftPdf);
	}

	@Test
	void signedPdfPrintsTheReportTheSignatureAndTheCode() throws IOException {
		String text = text(signedPdf);
		assertThat(text).contains("PEMERINTAH KABUPATEN PURWAKARTA", "DINAS KESEHATAN", "Jl. Mayor Kusmanto No. 1",
				"LAPORAN HASIL PENGUKURAN KINERJA", "Periode TW II 2026", "800/1234/Dinkes/2026");
		assertThat(text).contains("Rata-rata waktu penerbitan izin praktik", "Indeks kepuasan masyarakat",
				"Persentase balita gizi buruk", "Jumlah tenaga kesehatan yang mengikuti");
		// Indonesian numbers: decimal comma, '.' between thousands, ranges and plain
		// values
		assertThat(text).contains("107,14", "102,22", "70,00", "6,5", "80–90", "1.250", "12.500.000.000",
				"9.375.000.000", "75,00", "13.350.000.000", "88,04");
		assertThat(text).contains("belum dilaporkan", "sementara", "Sangat Tinggi", "Sedang", "Rendah");
		assertThat(text).contains("1.1 Penyediaan Fasilitas Pelayanan Kesehatan", "2 Program Peningkatan Kapasitas");
		assertThat(text).contains("Purwakarta, 21 November 2026", "Kepala Dinas Kesehatan",
				"dr. Hj. Siti Rahmawati, M.Kes.", "Pembina Utama Muda (IV/c)", "NIP. 19700101 199503 1 001");
		assertThat(text).contains(ReportSamples.CODE, "Keaslian dokumen ini dapat diperiksa di");
		assertThat(text).doesNotContain("DRAF");
	}

	@Test
	void signedPdfIsLandscapeA4AndItsQrCodeLeadsToTheVerificationPage() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(signedPdf)) {
			PDPage first = pdf.getPage(0);
			// A4 landscape in points: 842 × 595
			assertThat(first.getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
			List<String> decoded = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
						decoded.add(decode(image.getImage()));
					}
				}
			}
			assertThat(decoded).containsExactly(ReportSamples.URL);
		}
	}

	@Test
	void draftPdfIsMarkedUndatedAndCarriesNoCode() throws IOException {
		String text = text(draftPdf);
		assertThat(text).contains("DRAF — belum ditandatangani", "dr. Hj. Siti Rahmawati, M.Kes.",
				"NIP. 19700101 199503 1 001", "Purwakarta, ....");
		assertThat(text).doesNotContain(ReportSamples.CODE, "Kode verifikasi", "Keaslian dokumen", "November 2026");
		try (PDDocument pdf = Loader.loadPDF(draftPdf)) {
			for (PDPage page : pdf.getPages()) {
				assertThat(page.getResources().getXObjectNames()).isEmpty();
			}
		}
	}

	@Test
	void englishPdfUsesEnglishTextsAndNumbers() throws IOException {
		String text = text(documents.pdf(ReportSamples.signed(), Locale.ENGLISH));
		assertThat(text).contains("PERFORMANCE MEASUREMENT REPORT", "not yet reported", "107.14", "12,500,000,000",
				"Purwakarta, 21 November 2026", "The authenticity of this document can be checked at");
	}

	@Test
	void qrCodeDecodesBackToTheAddress() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(ReportSamples.URL, 300)));
		assertThat(image.getWidth()).isEqualTo(300);
		assertThat(decode(image)).isEqualTo(ReportSamples.URL);
		assertThat(QrCodes.dataUri(ReportSamples.URL, 120)).startsWith("data:image/png;base64,iVBOR");
	}

	@Test
	void reportWorkbookHoldsNumbersAsNumbers() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(ReportSamples.signed())))) {
			Sheet sheet = book.getSheet("Laporan");
			assertThat(sheet).isNotNull();
			assertThat(cellTexts(sheet)).contains("Perangkat daerah: Dinas Kesehatan", "Periode: TW II 2026",
					"Dasar: 800/1234/Dinkes/2026", "Kode verifikasi: " + ReportSamples.CODE);
			assertThat(cellTexts(sheet)).anyMatch((text) -> text.startsWith("Ditandatangani: dr. Hj. Siti Rahmawati")
					&& text.endsWith("21 November 2026"));
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

			Row first = rowOf(sheet, "Rata-rata waktu penerbitan izin praktik tenaga kesehatan");
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1.1");
			assertNumber(first.getCell(3), "7");
			assertNumber(first.getCell(4), "6.5");
			assertNumber(first.getCell(5), "107.14");
			assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Sangat Tinggi");

			Row range = rowOf(sheet, "Indeks kepuasan masyarakat terhadap layanan puskesmas");
			assertThat(range.getCell(3).getStringCellValue()).isEqualTo("80–90");

			Row missing = rowOf(sheet, "Jumlah tenaga kesehatan yang mengikuti pelatihan kompetensi");
			assertThat(missing.getCell(4).getStringCellValue()).isEqualTo("belum dilaporkan");
			assertThat(missing.getCell(5).getCellType()).isEqualTo(CellType.BLANK);

			Row provisional = rowOf(sheet, "Persentase balita gizi buruk yang mendapat perawatan sesuai standar");
			assertThat(provisional.getCell(7).getStringCellValue()).isEqualTo("sementara");

			Row objective = rowOf(sheet, "Sasaran: Meningkatnya mutu dan akses pelayanan kesehatan");
			assertThat(book.getFontAt(objective.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertNumber(objective.getCell(5), "88.57");

			Row program = rowOf(sheet, "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat");
			assertNumber(program.getCell(2), "12500000000");
			assertNumber(program.getCell(3), "9375000000");
			assertNumber(program.getCell(4), "75.00");
			assertThat(rowOf(sheet, "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP").getCell(0)
				.getStringCellValue()).isEqualTo("1.1");
			assertNumber(rowOf(sheet, "Jumlah").getCell(2), "13350000000");
		}
	}

	@Test
	void draftWorkbookSaysSoAndHasNoCode() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(ReportSamples.draft())))) {
			List<String> texts = cellTexts(book.getSheet("Laporan"));
			assertThat(texts).contains("Status: DRAF — belum ditandatangani");
			assertThat(texts)
				.noneMatch((text) -> text.contains(ReportSamples.CODE) || text.contains("Kode verifikasi"));
		}
	}

	@Test
	void worksheetShowsEveryIndicatorNodeAndEntry() throws IOException {
		ReportModel model = ReportSamples.signed();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(documents.worksheet(model)))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
				.containsExactly("Kertas Kerja", "Rekap", "Isian");

			Sheet work = book.getSheet("Kertas Kerja");
			assertThat(work.getLastRowNum()).isEqualTo(model.recap().indicators().size());
			assertThat(work.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kode");
			Row first = work.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("IKU-1.1");
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("SEKSI-S1");
			assertThat(first.getCell(6).getStringCellValue()).startsWith("Selisih terbalik");
			assertThat(first.getCell(7).getStringCellValue()).isEqualTo("T = 7 (TW2); R = 6,5 (TW2)");
			assertThat(first.getCell(8).getStringCellValue()).isEqualTo("(2 − 6,5 / 7) × 100 = 107,1428571429");
			assertNumber(first.getCell(10), "107.14");
			assertThat(first.getCell(12).getStringCellValue()).isEqualTo("Terhitung");
			assertThat(first.getCell(13).getStringCellValue()).isEqualTo("Tidak");
			assertThat(work.getRow(2).getCell(13).getStringCellValue()).isEqualTo("Ya");
			assertThat(work.getRow(4).getCell(12).getStringCellValue()).isEqualTo("Belum dilaporkan");

			Sheet recap = book.getSheet("Rekap");
			assertThat(recap.getLastRowNum()).isEqualTo(model.recap().nodes().size() + 1);
			assertThat(recap.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tujuan");
			assertThat(recap.getRow(5).getCell(2).getCellStyle().getIndention()).isEqualTo((short) 3);
			assertNumber(recap.getRow(4).getCell(7), "12500000000");
			assertThat(recap.getRow(4).getCell(10).getStringCellValue()).isEqualTo("Tidak efisien");
			assertThat(recap.getRow(recap.getLastRowNum()).getCell(0).getStringCellValue())
				.isEqualTo("Perangkat daerah");

			Sheet entries = book.getSheet("Isian");
			assertThat(entries.getLastRowNum()).isEqualTo(model.entries().size());
			Row entry = entries.getRow(1);
			assertNumber(entry.getCell(4), "6.5");
			assertThat(entry.getCell(5).getStringCellValue()).isEqualTo("Diterima");
			assertThat(entry.getCell(9).getStringCellValue()).isEqualTo("rekap-izin-tw2.pdf; sk-sop-izin.pdf");
			assertThat(entries.getRow(4).getCell(5).getStringCellValue()).isEqualTo("Tidak dilaporkan");
		}
	}

	@Test
	void formatsWriteNumbersDatesAndNipsAsPrinted() {
		ReportFormats id = new ReportFormats(INDONESIAN, ZoneId.of("Asia/Jakarta"));
		assertThat(id.percent(new BigDecimal("107.1428"))).isEqualTo("107,14");
		assertThat(id.percent(new BigDecimal("1234.565"))).isEqualTo("1.234,57");
		assertThat(id.percent(null)).isEqualTo("—");
		assertThat(id.money(new BigDecimal("1250000000.50"))).isEqualTo("1.250.000.001");
		assertThat(id.value("6.5")).isEqualTo("6,5");
		assertThat(id.value("1250")).isEqualTo("1.250");
		assertThat(id.value("80-90")).isEqualTo("80–90");
		assertThat(id.value("WTP")).isEqualTo("WTP");
		assertThat(id.date(Instant.parse("2026-11-20T18:30:00Z"))).isEqualTo("21 November 2026");
		assertThat(id.nip("197001011995031001")).isEqualTo("19700101 199503 1 001");
		assertThat(id.nip("19700101 199503 1 001")).isEqualTo("19700101 199503 1 001");
		assertThat(id.ratingClass("SANGAT_RENDAH")).isEqualTo("rating-pos-4");
		assertThat(id.ratingClass("CUKUP")).isEqualTo("rating-pos-2");
		assertThat(id.ratingClass("ISTIMEWA")).isEqualTo("rating-pos-5");
		ReportFormats en = new ReportFormats(Locale.ENGLISH, ZoneId.of("Asia/Jakarta"));
		assertThat(en.percent(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
		assertThat(ReportDocuments.place("Kota Bandar Lampung")).isEqualTo("Bandar Lampung");
		assertThat(ReportDocuments.place("Kabupaten Way Kanan")).isEqualTo("Way Kanan");
	}

	/**
	 * A cumulative indicator in TW II: 13,7 a quarter, the achievement against 27,4.
	 * Every document prints 27,4 as the target and the quarter's own 13,7 beside it.
	 */
	@Test
	void printTheTargetTheAchievementUsesWithTheQuartersOwnBesideIt() throws IOException {
		ReportModel model = withRecap(ReportSamples.draft(), cumulativeRecap(ReportSamples.draft().recap(), true));
		byte[] pdf = documents.pdf(model, INDONESIAN);
		Files.write(Files.createDirectories(Path.of("target", "reports")).resolve("target-to-date.pdf"), pdf);
		assertThat(text(pdf)).contains("27,4", "target triwulan: 13,7", "28,5", "realisasi triwulan: 14,5", "104,01");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(model)))) {
			Row row = rowOf(book.getSheetAt(0), "Rata-rata waktu penerbitan izin praktik tenaga kesehatan");
			assertNumber(row.getCell(3), "27.4");
			assertNumber(row.getCell(4), "28.5");
			assertThat(row.getCell(7).getStringCellValue())
				.isEqualTo("target triwulan: 13,7; realisasi triwulan: 14,5");
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(documents.worksheet(model)))) {
			Row row = book.getSheetAt(0).getRow(1);
			assertNumber(row.getCell(4), "13.7");
			assertNumber(row.getCell(15), "27.4");
			assertNumber(row.getCell(16), "28.5");
		}
	}

	/**
	 * Before the calculation (no time of calculation) and after a value changed (not
	 * current), every document says it is provisional; a current calculation does not.
	 */
	@Test
	void markProvisionalDocumentsBeforeTheCalculationAndWhenStale() throws IOException {
		Recap sample = ReportSamples.draft().recap();
		ReportModel before = withRecap(ReportSamples.draft(), cumulativeRecap(sample, false));
		ReportModel stale = withRecap(ReportSamples.draft(), new Recap(sample.calculatedAt(), false, sample.scaleCode(),
				sample.indicators(), sample.nodes(), sample.agency()));
		assertThat(text(documents.pdf(before, INDONESIAN))).contains("SEMENTARA / PROVISIONAL — BELUM DIHITUNG",
				"Perhitungan putaran ini belum dijalankan");
		assertThat(text(documents.pdf(before, Locale.ENGLISH))).contains("PROVISIONAL — NOT YET CALCULATED");
		assertThat(text(documents.pdf(stale, INDONESIAN))).contains("PERHITUNGAN BELUM MUTAKHIR");
		assertThat(text(draftPdf)).doesNotContain("SEMENTARA /", "BELUM MUTAKHIR");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(documents.xlsx(before)))) {
			assertThat(cellTexts(book.getSheetAt(0))).contains("SEMENTARA / PROVISIONAL — BELUM DIHITUNG");
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(documents.worksheet(before)))) {
			for (Sheet sheet : book) {
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
					.startsWith("SEMENTARA / PROVISIONAL — BELUM DIHITUNG");
				assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isIn("Kode", "Jenis");
				assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
			}
		}
	}

	private static Recap cumulativeRecap(Recap sample, boolean calculated) {
		IndicatorResult own = sample.indicators().get(0);
		IndicatorResult cumulative = new IndicatorResult(own.indicatorCode(), own.name(), own.measureUnit(),
				own.nodeCode(), own.unitCode(), "13.7", "14.5", new BigDecimal("104.01"), "SANGAT_TINGGI",
				"Sangat Tinggi", "COMPUTED", false, false, null, List.of("TW1: T = 13,7, R = 14", "TW2: T = 13,7"),
				"RATIO", "28,5 / 27,4 × 100 = 104,0145985401", "104,0145985401 → 104,01", new BigDecimal("13.7"), null,
				null, "27.4", new BigDecimal("27.4"), null, null, new BigDecimal("14.5"), "28.5",
				new BigDecimal("28.5"));
		List<IndicatorResult> indicators = new ArrayList<>(sample.indicators());
		indicators.set(0, cumulative);
		return new Recap(calculated ? sample.calculatedAt() : null, calculated, sample.scaleCode(), indicators,
				sample.nodes(), sample.agency());
	}

	private static ReportModel withRecap(ReportModel m, Recap recap) {
		return new ReportModel(m.agencyName(), m.agencyAddress(), m.regionName(), m.round(), recap, m.entries(),
				m.signatory(), m.draft(), m.signedAt(), m.verificationCode(), m.verifyUrl(), m.zone());
	}

	private static void assertNumber(Cell cell, String expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(expected);
	}

	private static Row rowOf(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return row;
				}
			}
		}
		throw new AssertionError("No row holds " + text);
	}

	private static List<String> cellTexts(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<String> texts = new ArrayList<>();
		sheet.forEach((row) -> row.forEach((cell) -> texts.add(formatter.formatCellValue(cell))));
		return texts;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// the stripper breaks lines where the layout wraps them; the checks read
			// running text
			return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", " ");
		}
	}

	private static String decode(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

	/**
	 * The renderer as the application builds it; its constructor is package-private
	 * because only Spring creates it, so the test reaches it by reflection rather than
	 * starting a context.
	 */
	private static PdfRenderer renderer(ResourceBundleMessageSource messages) throws Exception {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		GenericApplicationContext context = new GenericApplicationContext();
		context.refresh();
		Constructor<PdfRenderer> constructor = PdfRenderer.class.getDeclaredConstructor(ITemplateEngine.class,
				ApplicationContext.class, ConversionService.class);
		constructor.setAccessible(true);
		return constructor.newInstance(engine, context, new DefaultFormattingConversionService());
	}

}
