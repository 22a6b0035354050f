package id.ukur.round.internal.report;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import id.ukur.shared.PdfRenderer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The documents of a measurement round: the report (Laporan Hasil Pengukuran Kinerja /
 * Formulir Pengukuran Kinerja) as PDF and XLSX, and the worksheet (kertas kerja) as XLSX.
 * They print only what {@link ReportModel} holds: the round's module assembles it, this
 * class only lays it out.
 */
@Component
public class ReportDocuments {

	/** The QR code's size in pixels: printed at 24 mm it stays sharp at 300 dpi. */
	private static final int QR_PIXELS = 300;

	/**
	 * The kind of region a region's name starts with; the place on a signature omits it.
	 */
	private static final Pattern REGION_KIND = Pattern.compile("^(?i)(kabupaten|kab\\.|kota|provinsi)\\s+");

	private final PdfRenderer renderer;

	private final MessageSource messages;

	ReportDocuments(PdfRenderer renderer, MessageSource messages) {
		this.renderer = renderer;
		this.messages = messages;
	}

	/**
	 * @param model the round's report
	 * @param locale the language of the document's texts and numbers
	 * @return the report as PDF, A4 landscape, with the letterhead and signature block; a
	 * draft is marked as such and carries no verification code
	 */
	public byte[] pdf(ReportModel model, Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("report", model);
		variables.put("layout", ReportLayout.of(model.recap()));
		variables.put("fmt", new ReportFormats(locale, zone(model)));
		variables.put("place", place(model.regionName()));
		boolean verifiable = !model.draft() && model.verifyUrl() != null;
		variables.put("qr", verifiable ? QrCodes.dataUri(model.verifyUrl(), QR_PIXELS) : null);
		return this.renderer.render("pdf/round-report", variables, locale);
	}

	/**
	 * @return the report as an XLSX workbook in Indonesian
	 */
	public byte[] xlsx(ReportModel model) {
		return xlsx(model, ReportFormats.INDONESIAN);
	}

	/**
	 * @return the report as an XLSX workbook with texts in the given language
	 */
	public byte[] xlsx(ReportModel model, Locale locale) {
		return new ReportWorkbook(model, new Texts(this.messages, locale), new ReportFormats(locale, zone(model)))
			.write();
	}

	/**
	 * @return the worksheet (kertas kerja) as an XLSX workbook in Indonesian
	 */
	public byte[] worksheet(ReportModel model) {
		return worksheet(model, ReportFormats.INDONESIAN);
	}

	/**
	 * @return the worksheet (kertas kerja) with texts in the given language
	 */
	public byte[] worksheet(ReportModel model, Locale locale) {
		return new Worksheet(model, new Texts(this.messages, locale)).write();
	}

	/**
	 * @return the place written before the date: {@code Purwakarta} for
	 * {@code Kabupaten Purwakarta}
	 */
	static String place(String regionName) {
		return (regionName != null) ? REGION_KIND.matcher(regionName.trim()).replaceFirst("") : "";
	}

	private static ZoneId zone(ReportModel model) {
		// dates print in the region's zone (docs/formats.md); there is no server default
		return java.util.Objects.requireNonNull(model.zone(), "A report needs its region's time zone");
	}

}
