package id.ukur.plan.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.Periods;
import id.ukur.plan.PlanValue;
import id.ukur.shared.Numbers;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a plan (or an empty template) in the workbook layout of {@link WorkbookColumns}.
 */
final class PlanWorkbookWriter {

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final Sheet sheet;

	/**
	 * One style per number format: as many decimals as the value has (docs/formats.md).
	 */
	private final Map<String, CellStyle> numbers = new HashMap<>();

	private int next = 1;

	PlanWorkbookWriter(String agencyName, int year, List<String> unitCodes) {
		this.sheet = this.workbook.createSheet(WorkbookColumns.SHEET);
		header();
		choices(unitCodes);
		instructions(agencyName, year);
	}

	private void header() {
		CellStyle style = this.workbook.createCellStyle();
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setWrapText(true);
		Row row = this.sheet.createRow(0);
		for (int i = 0; i < WorkbookColumns.HEADERS.size(); i++) {
			row.createCell(i).setCellValue(WorkbookColumns.HEADERS.get(i));
			row.getCell(i).setCellStyle(style);
			this.sheet.setColumnWidth(i, (i == WorkbookColumns.NAME) ? 60 * 256 : 16 * 256);
		}
		this.sheet.createFreezePane(4, 1);
	}

	private void choices(List<String> unitCodes) {
		DataValidationHelper helper = this.sheet.getDataValidationHelper();
		list(helper, WorkbookColumns.KIND, kinds());
		list(helper, WorkbookColumns.UNIT, unitCodes.toArray(String[]::new));
		list(helper, WorkbookColumns.KEY, new String[] { "Ya", "Tidak" });
		list(helper, WorkbookColumns.POLARITY, WorkbookColumns.POLARITIES.values().toArray(String[]::new));
		list(helper, WorkbookColumns.FORMULA, WorkbookColumns.FORMULAS.values().toArray(String[]::new));
		list(helper, WorkbookColumns.AGGREGATION, WorkbookColumns.AGGREGATIONS.values().toArray(String[]::new));
		list(helper, WorkbookColumns.VALUE_TYPE, WorkbookColumns.VALUE_TYPES.values().toArray(String[]::new));
	}

	private static String[] kinds() {
		return new String[] { "TUJUAN", "SASARAN", "PROGRAM", "KEGIATAN", "SUBKEGIATAN", WorkbookColumns.INDICATOR };
	}

	private void list(DataValidationHelper helper, int column, String[] values) {
		if (values.length == 0) {
			return;
		}
		var validation = helper.createValidation(helper.createExplicitListConstraint(values),
				new CellRangeAddressList(1, 2000, column, column));
		validation.setShowErrorBox(true);
		this.sheet.addValidationData(validation);
	}

	private void instructions(String agencyName, int year) {
		Sheet help = this.workbook.createSheet("Petunjuk");
		String[] lines = { "Rencana kinerja " + agencyName + " tahun " + year,
				"Satu baris untuk setiap tujuan, sasaran, program, kegiatan, subkegiatan dan indikator.",
				"Jenis: TUJUAN, SASARAN, PROGRAM, KEGIATAN, SUBKEGIATAN atau INDIKATOR.",
				"Kode induk: kode tujuan untuk sasaran, kode sasaran untuk program, dan seterusnya; untuk indikator,"
						+ " kode simpul tempat indikator itu berada.",
				"Unit: kode unit kerja yang bertanggung jawab (wajib untuk indikator).",
				"Pagu dan realisasi anggaran hanya untuk program, kegiatan dan subkegiatan.",
				"Polaritas: Naik (makin tinggi makin baik) atau Turun (makin rendah makin baik).",
				"Rumus untuk polaritas Turun: Selisih terbalik (bawaan) atau Rasio terbalik; polaritas Naik selalu Rasio.",
				"Agregasi: Kumulatif (jumlah), Nilai akhir (triwulan terakhir) atau Rata-rata.",
				"Target: angka, nilai skala (indikator kualitatif), atau rentang seperti 80-90.",
				"Skala (kualitatif): nilai=skor dipisah titik koma, misalnya WTP=4; WDP=3; TW=2; TMP=1.",
				"Realisasi TW1-TW4: isi hanya untuk data tahun lalu yang dicatat di luar Ukur.",
				"Unggah kembali berkas ini di halaman Rencana Kinerja. Bila ada baris yang salah, tidak ada yang"
						+ " disimpan dan setiap kesalahan ditunjukkan per baris." };
		for (int i = 0; i < lines.length; i++) {
			help.createRow(i).createCell(0).setCellValue(lines[i]);
		}
		help.setColumnWidth(0, 120 * 256);
	}

	void node(Node node, String parentCode) {
		Row row = this.sheet.createRow(this.next++);
		text(row, WorkbookColumns.KIND, WorkbookColumns.KINDS.get(node.kind()));
		text(row, WorkbookColumns.CODE, node.code());
		text(row, WorkbookColumns.PARENT, parentCode);
		text(row, WorkbookColumns.NAME, node.name());
		text(row, WorkbookColumns.UNIT, node.unitCode());
		number(row, WorkbookColumns.BUDGET, node.budget());
		for (int q = 0; q < Periods.QUARTERS.size(); q++) {
			number(row, WorkbookColumns.SPENT + q, node.spentByPeriod().get(Periods.QUARTERS.get(q)));
		}
		node.indicators().forEach((indicator) -> indicator(indicator, node.code()));
		node.children().forEach((child) -> node(child, node.code()));
	}

	private void indicator(IndicatorDoc in, String nodeCode) {
		Row row = this.sheet.createRow(this.next++);
		text(row, WorkbookColumns.KIND, WorkbookColumns.INDICATOR);
		text(row, WorkbookColumns.CODE, in.code());
		text(row, WorkbookColumns.PARENT, nodeCode);
		text(row, WorkbookColumns.NAME, in.name());
		text(row, WorkbookColumns.UNIT, in.unitCode());
		text(row, WorkbookColumns.MEASURE, in.measureUnit());
		text(row, WorkbookColumns.KEY, in.key() ? "Ya" : "Tidak");
		text(row, WorkbookColumns.POLARITY, WorkbookColumns.POLARITIES.get(in.polarity()));
		text(row, WorkbookColumns.FORMULA, WorkbookColumns.FORMULAS.get(in.formula()));
		text(row, WorkbookColumns.AGGREGATION, WorkbookColumns.AGGREGATIONS.get(in.aggregation()));
		text(row, WorkbookColumns.VALUE_TYPE, WorkbookColumns.VALUE_TYPES.get(in.valueType()));
		number(row, WorkbookColumns.WEIGHT, in.weight());
		value(row, WorkbookColumns.BASELINE, in.baseline());
		value(row, WorkbookColumns.END_TARGET, in.endTarget());
		if (in.rangeTarget()) {
			text(row, WorkbookColumns.TARGET, Numbers.localize(in.targetDisplay(), Numbers.INDONESIAN));
		}
		else {
			value(row, WorkbookColumns.TARGET, in.target());
		}
		for (int q = 0; q < Periods.QUARTERS.size(); q++) {
			PeriodTarget target = in.periodTargets().get(Periods.QUARTERS.get(q));
			if (target != null && target.value() != null) {
				number(row, WorkbookColumns.PERIOD_TARGET + q, target.value());
			}
			else if (target != null) {
				text(row, WorkbookColumns.PERIOD_TARGET + q, Numbers.localize(target.display(), Numbers.INDONESIAN));
			}
			if (in.actuals() != null) {
				value(row, WorkbookColumns.ACTUAL + q, in.actuals().get(Periods.QUARTERS.get(q)));
			}
		}
		if (in.scale() != null) {
			text(row, WorkbookColumns.SCALE,
					in.scale()
						.stream()
						.map((entry) -> entry.value() + "=" + Numbers.plain(entry.score(), Numbers.INDONESIAN))
						.collect(Collectors.joining("; ")));
		}
		text(row, WorkbookColumns.DEFINITION, in.definition());
		text(row, WorkbookColumns.FORMULATION, in.formulation());
		text(row, WorkbookColumns.SOURCE, in.dataSource());
	}

	private void value(Row row, int column, PlanValue value) {
		if (value != null && value.isNumber()) {
			number(row, column, value.number());
		}
		else if (value != null) {
			text(row, column, value.text());
		}
	}

	private void text(Row row, int column, String text) {
		if (text != null) {
			row.createCell(column).setCellValue(text);
		}
	}

	private void number(Row row, int column, BigDecimal value) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
			row.getCell(column).setCellStyle(this.numbers.computeIfAbsent(Numbers.cellFormat(value), (format) -> {
				CellStyle style = this.workbook.createCellStyle();
				style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
				return style;
			}));
		}
	}

	byte[] bytes() {
		try (this.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
