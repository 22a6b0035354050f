package id.ukur.round.internal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import id.ukur.shared.Numbers;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX workbook with the few cell styles the round's workbooks use. Numbers are
 * written as numbers with a number format, never as text, so that staff can sum and chart
 * them; Excel shows them with the separators of the reader's own settings. Styles are
 * created once per workbook because a workbook holds a limited number of them.
 */
final class Workbook {

	/** Achievement, absorption and other percentages. */
	static final String PERCENT = "#,##0.00";

	/** Rupiah amounts. */
	static final String MONEY = "#,##0";

	private final XSSFWorkbook book = new XSSFWorkbook();

	private final Map<String, CellStyle> styles = new HashMap<>();

	private final Font boldFont;

	private final Locale locale;

	Workbook(Locale locale) {
		this.locale = locale;
		this.boldFont = this.book.createFont();
		this.boldFont.setBold(true);
	}

	/**
	 * @return a new sheet
	 */
	Sheet sheet(String name) {
		return this.book.createSheet(name);
	}

	/**
	 * @return the row at {@code index}, created when missing
	 */
	static Row row(Sheet sheet, int index) {
		Row row = sheet.getRow(index);
		return (row != null) ? row : sheet.createRow(index);
	}

	/**
	 * Writes a text cell; null leaves the cell empty.
	 */
	void text(Row row, int column, String value, boolean bold) {
		text(row, column, value, bold, 0);
	}

	/**
	 * Writes a text cell indented by {@code indent} steps, as the plan tree is.
	 */
	void text(Row row, int column, String value, boolean bold, int indent) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style((bold ? "bold" : "plain") + "|text|" + indent, () -> {
			XSSFCellStyle style = bordered(bold);
			style.setWrapText(true);
			style.setIndention((short) indent);
			return style;
		}));
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	/**
	 * Writes a number cell with a number format; null leaves the cell empty but bordered.
	 */
	void number(Row row, int column, BigDecimal value, String format, boolean bold) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style((bold ? "bold" : "plain") + "|" + format, () -> {
			XSSFCellStyle style = bordered(bold);
			style.setDataFormat(this.book.createDataFormat().getFormat(format));
			style.setAlignment(HorizontalAlignment.RIGHT);
			return style;
		}));
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	/**
	 * Writes a target or actual: a number when it is one (with as many decimals as it
	 * has), otherwise its text, such as a scale value or a range.
	 */
	void value(Row row, int column, String written, boolean bold) {
		BigDecimal number = ReportFormats.number(written);
		if (number == null) {
			// a range or a scale value: text, with its numbers in the reader's format
			text(row, column, (written != null) ? Numbers.localize(written, this.locale) : null, bold);
			return;
		}
		number(row, column, number, Numbers.cellFormat(number), bold);
	}

	/**
	 * Writes a rating label on its band's colour; the label carries the meaning, the
	 * colour only repeats it.
	 */
	void rating(Row row, int column, String code, String label, boolean bold) {
		if (label == null) {
			text(row, column, null, bold);
			return;
		}
		Cell cell = row.createCell(column);
		int position = RatingColours.position(code);
		cell.setCellStyle(style("rating|" + position + "|" + bold, () -> {
			XSSFCellStyle style = bordered(true);
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setFillForegroundColor(colour(RatingColours.background(code)));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			XSSFFont font = this.book.createFont();
			font.setBold(true);
			font.setColor(colour(RatingColours.darkText(code) ? "212529" : "FFFFFF"));
			style.setFont(font);
			return style;
		}));
		cell.setCellValue(label);
	}

	/**
	 * Writes a table's header row: bold, shaded, wrapped.
	 */
	void headers(Sheet sheet, int rowIndex, List<String> titles) {
		Row row = row(sheet, rowIndex);
		CellStyle header = style("header", () -> {
			XSSFCellStyle style = bordered(true);
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(true);
			style.setFillForegroundColor(colour("DFEEEE"));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		});
		for (int i = 0; i < titles.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellStyle(header);
			cell.setCellValue(titles.get(i));
		}
	}

	/**
	 * Writes a label and its value above a table in one cell, the label in bold, so that
	 * the text runs across the empty cells to its right whatever the column widths.
	 */
	void field(Sheet sheet, int rowIndex, String label, String value) {
		String prefix = label + ": ";
		XSSFRichTextString text = new XSSFRichTextString(prefix + ((value != null) ? value : ""));
		text.applyFont(0, prefix.length(), this.boldFont);
		row(sheet, rowIndex).createCell(0).setCellValue(text);
	}

	/**
	 * Writes a line of bold text without borders: a title or a section heading.
	 */
	void heading(Sheet sheet, int rowIndex, String text) {
		Cell cell = row(sheet, rowIndex).createCell(0);
		cell.setCellStyle(style("heading", () -> {
			CellStyle style = this.book.createCellStyle();
			style.setFont(this.boldFont);
			return style;
		}));
		cell.setCellValue(text);
	}

	/**
	 * Writes an unstyled line of text.
	 */
	static void line(Sheet sheet, int rowIndex, String text) {
		row(sheet, rowIndex).createCell(0).setCellValue(text);
	}

	/**
	 * Sets column widths in characters.
	 */
	static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

	/**
	 * @return the workbook as XLSX
	 */
	byte[] bytes() {
		try (XSSFWorkbook book = this.book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private XSSFCellStyle bordered(boolean bold) {
		XSSFCellStyle style = this.book.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		if (bold) {
			style.setFont(this.boldFont);
		}
		return style;
	}

	private CellStyle style(String key, Supplier<CellStyle> create) {
		return this.styles.computeIfAbsent(key, (ignored) -> create.get());
	}

	private static XSSFColor colour(String hex) {
		return new XSSFColor(HexFormat.of().parseHex(hex), null);
	}

}
