package id.ukur.report.internal.lkjip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The LKjIP tables as XLSX: the objectives' tables on one sheet, the efficiency table on
 * another. Numbers are numeric cells with a number format, so that planners can sum and
 * chart them; Excel shows them with the reader's separators. A provisional figure is text
 * ("87,50 *") so that the mark stays beside it.
 */
final class LkjipWorkbook {

	private final XSSFWorkbook book = new XSSFWorkbook();

	private final Map<String, CellStyle> styles = new HashMap<>();

	private final Font bold;

	private LkjipWorkbook() {
		this.bold = this.book.createFont();
		this.bold.setBold(true);
	}

	static byte[] write(Lkjip lkjip, LkjipTexts texts) {
		LkjipWorkbook workbook = new LkjipWorkbook();
		List<DocTable> tables = LkjipLayout.of(lkjip, texts);
		List<DocTable> objectives = tables.subList(0, lkjip.objectives().size());
		workbook.sheet(texts.get("lkjip.sheet.objectives"), objectives, lkjip, texts);
		if (tables.size() > objectives.size()) {
			workbook.sheet(texts.get("lkjip.sheet.efficiency"), tables.subList(objectives.size(), tables.size()), lkjip,
					texts);
		}
		return workbook.bytes();
	}

	private void sheet(String name, List<DocTable> tables, Lkjip lkjip, LkjipTexts texts) {
		Sheet sheet = this.book.createSheet(name);
		int next = 0;
		next = line(sheet, next, texts.get("lkjip.title", lkjip.agencyName(), lkjip.year()), true);
		next = line(sheet, next, LkjipDocument.source(lkjip, texts), false);
		next++;
		for (DocTable table : tables) {
			next = table(sheet, next, table) + 1;
		}
		if (!tables.isEmpty()) {
			int[] widths = tables.get(0).widths();
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, Math.min(255, widths[i] * 15 / 10) * 256);
			}
		}
	}

	private int table(Sheet sheet, int start, DocTable table) {
		int next = line(sheet, start, table.caption(), true);
		for (List<DocTable.Head> headers : table.headers()) {
			Row row = row(sheet, next);
			for (int c = 0; c < headers.size(); c++) {
				DocTable.Head head = headers.get(c);
				Cell cell = row.createCell(c);
				cell.setCellStyle(style("head", true, null, true));
				if (head.text() != null) {
					cell.setCellValue(head.text());
					if (head.columns() > 1 || head.rows() > 1) {
						sheet.addMergedRegion(
								new CellRangeAddress(next, next + head.rows() - 1, c, c + head.columns() - 1));
					}
				}
			}
			next++;
		}
		for (List<DocTable.Cell> cells : table.rows()) {
			Row row = row(sheet, next++);
			for (int c = 0; c < cells.size(); c++) {
				body(row.createCell(c), cells.get(c));
			}
		}
		if (table.note() != null) {
			next = line(sheet, next, table.note(), false);
		}
		return next;
	}

	private void body(Cell cell, DocTable.Cell value) {
		if (value.number() != null && !value.text().endsWith("*")) {
			cell.setCellStyle(style("number", value.bold(), value.format(), false));
			cell.setCellValue(value.number().doubleValue());
			return;
		}
		cell.setCellStyle(style(value.right() ? "right" : "text", value.bold(), null, false));
		cell.setCellValue(value.text());
	}

	private int line(Sheet sheet, int index, String text, boolean strong) {
		Cell cell = row(sheet, index).createCell(0);
		if (strong) {
			cell.setCellStyle(this.styles.computeIfAbsent("line", (k) -> {
				CellStyle style = this.book.createCellStyle();
				style.setFont(this.bold);
				return style;
			}));
		}
		cell.setCellValue(text);
		return index + 1;
	}

	private CellStyle style(String kind, boolean strong, String format, boolean header) {
		return this.styles.computeIfAbsent(kind + "|" + strong + "|" + format, (key) -> {
			XSSFCellStyle style = this.book.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(header ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
			style.setWrapText(true);
			if (strong) {
				style.setFont(this.bold);
			}
			if (header) {
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex("DFEEEE"), null));
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			else if (format != null || "right".equals(kind)) {
				style.setAlignment(HorizontalAlignment.RIGHT);
			}
			if (format != null) {
				style.setDataFormat(this.book.createDataFormat().getFormat(format));
			}
			return style;
		});
	}

	private static Row row(Sheet sheet, int index) {
		Row row = sheet.getRow(index);
		return (row != null) ? row : sheet.createRow(index);
	}

	private byte[] bytes() {
		try (XSSFWorkbook workbook = this.book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
