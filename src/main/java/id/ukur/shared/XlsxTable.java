package id.ukur.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One table of a page as an XLSX download (docs/formats.md, "Table downloads"): a bold,
 * frozen header row with the page's own column headings, then one row per table row.
 * Numbers are numeric cells with a number format, dates and times date cells in the
 * Indonesian order (day, month, year), so that a reader can sort, sum and filter them;
 * texts are written as given (the caller names coded values, docs/formats.md "Coded
 * values").
 */
public final class XlsxTable {

	/** Whole numbers. */
	public static final String INTEGER = "#,##0";

	/** Percentages and other decimals, two places. */
	public static final String DECIMAL = "#,##0.00";

	private static final String DATE = "dd/mm/yyyy";

	private static final String DATE_TIME = "dd/mm/yyyy hh:mm";

	/** The XLSX media type. */
	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final List<String> headers;

	private final List<List<Object>> rows = new ArrayList<>();

	private final String sheetName;

	private final Map<Integer, String> formats = new HashMap<>();

	/**
	 * @param sheetName the sheet's name (at most 31 characters are kept)
	 * @param headers the column headings, in the reader's language
	 */
	public XlsxTable(String sheetName, List<String> headers) {
		this.sheetName = sheetName;
		this.headers = List.copyOf(headers);
	}

	/**
	 * @param column a column, from 0
	 * @param format the number format of its numbers ({@link #INTEGER}, {@link #DECIMAL})
	 * @return this table
	 */
	public XlsxTable format(int column, String format) {
		this.formats.put(column, format);
		return this;
	}

	/**
	 * Adds a row: a {@link Number} becomes a numeric cell, a {@link LocalDate} or
	 * {@link LocalDateTime} a date cell, null an empty cell, anything else its text.
	 * @return this table
	 */
	public XlsxTable row(Object... values) {
		this.rows.add(java.util.Arrays.asList(values));
		return this;
	}

	/**
	 * @return the workbook
	 */
	public byte[] bytes() {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(safeName(this.sheetName));
			Styles styles = new Styles(book);
			Row head = sheet.createRow(0);
			for (int i = 0; i < this.headers.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(this.headers.get(i));
				cell.setCellStyle(styles.header);
				sheet.setColumnWidth(i, Math.min(60, Math.max(10, this.headers.get(i).length() + 4)) * 256);
			}
			sheet.createFreezePane(0, 1);
			for (int r = 0; r < this.rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = this.rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					write(row.createCell(c), values.get(c), styles, this.formats.getOrDefault(c, DECIMAL));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param fileName the download's name, ending in {@code .xlsx}
	 * @return the workbook as a download
	 */
	public ResponseEntity<byte[]> download(String fileName) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(bytes());
	}

	private static void write(Cell cell, Object value, Styles styles, String format) {
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			cell.setCellValue(new BigDecimal(number.toString()).doubleValue());
			cell.setCellStyle(styles.number(format));
		}
		else if (value instanceof LocalDateTime time) {
			cell.setCellValue(time);
			cell.setCellStyle(styles.number(DATE_TIME));
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.number(DATE));
		}
		else {
			cell.setCellValue(value.toString());
			cell.setCellStyle(styles.text);
		}
	}

	/** Excel refuses sheet names over 31 characters or with {@code []:*?/\}. */
	private static String safeName(String name) {
		String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
		return cleaned.isEmpty() ? "Tabel" : cleaned.substring(0, Math.min(31, cleaned.length()));
	}

	/** The few styles, created once per workbook (a workbook holds a limited number). */
	private static final class Styles {

		private final XSSFWorkbook book;

		private final CellStyle header;

		private final CellStyle text;

		private final Map<String, CellStyle> numbers = new HashMap<>();

		Styles(XSSFWorkbook book) {
			this.book = book;
			Font bold = book.createFont();
			bold.setBold(true);
			this.header = book.createCellStyle();
			this.header.setFont(bold);
			this.header.setWrapText(true);
			this.header.setVerticalAlignment(VerticalAlignment.TOP);
			this.text = book.createCellStyle();
			this.text.setWrapText(true);
			this.text.setVerticalAlignment(VerticalAlignment.TOP);
		}

		CellStyle number(String format) {
			return this.numbers.computeIfAbsent(format, (f) -> {
				CellStyle style = this.book.createCellStyle();
				style.setDataFormat(this.book.createDataFormat().getFormat(f));
				style.setVerticalAlignment(VerticalAlignment.TOP);
				return style;
			});
		}

	}

}
