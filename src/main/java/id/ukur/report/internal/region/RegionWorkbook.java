package id.ukur.report.internal.region;

import id.ukur.report.internal.region.RegionDashboard.AgencyRow;
import id.ukur.report.internal.region.RegionDashboard.Band;
import id.ukur.report.internal.region.RegionDashboard.Cell;
import id.ukur.report.internal.region.RegionDashboard.Distribution;
import id.ukur.report.internal.region.RegionDashboard.PeriodColumn;
import id.ukur.report.internal.region.RegionDashboard.Ranked;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The region dashboard as a workbook (docs/dashboards.md, "Region dashboard"): the grid
 * of agencies × periods with each round's state in words, achievement and rating; the two
 * rankings of the period; the indicators per rating. Numbers are numeric cells with a
 * number format (Excel shows them with the reader's separators), never text; no code is
 * written where a person reads.
 */
@Component
public class RegionWorkbook {

	static final String PERCENT = "#,##0.00";

	static final String COUNT = "#,##0";

	private final MessageSource messages;

	private final RegionTexts texts;

	RegionWorkbook(MessageSource messages, RegionTexts texts) {
		this.messages = messages;
		this.texts = texts;
	}

	public byte[] xlsx(RegionDashboard dashboard, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(book);
			grid(book.createSheet(text("dashboard.region.sheet.grid", locale)), dashboard, styles, locale);
			rankings(book.createSheet(text("dashboard.region.sheet.ranking", locale)), dashboard, styles, locale);
			distribution(book.createSheet(text("dashboard.region.sheet.distribution", locale)), dashboard, styles,
					locale);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void grid(Sheet sheet, RegionDashboard dashboard, Styles styles, Locale locale) {
		Row header = sheet.createRow(0);
		styles.text(header, 0, text("dashboard.region.agency", locale), styles.bold);
		int column = 1;
		for (PeriodColumn period : dashboard.periods()) {
			styles.text(header, column++, period.label() + " – " + text("dashboard.region.state", locale), styles.bold);
			styles.text(header, column++, period.label() + " – " + text("dashboard.region.achievement", locale),
					styles.bold);
			styles.text(header, column++, period.label() + " – " + text("dashboard.region.rating", locale),
					styles.bold);
		}
		int r = 1;
		for (AgencyRow agency : dashboard.agencies()) {
			Row row = sheet.createRow(r++);
			styles.text(row, 0, agency.agencyName(), null);
			int c = 1;
			for (Cell cell : agency.cells()) {
				styles.text(row, c, this.texts.state(cell, locale), null);
				styles.number(row, c + 1, cell.achievement(), styles.percent);
				styles.text(row, c + 2, cell.ratingLabel(), null);
				c += 3;
			}
		}
		sheet.setColumnWidth(0, 60 * 256);
		for (int i = 1; i < column; i++) {
			sheet.setColumnWidth(i, ((i % 3 == 1) ? 40 : 16) * 256);
		}
		sheet.createFreezePane(1, 1);
	}

	private void rankings(Sheet sheet, RegionDashboard dashboard, Styles styles, Locale locale) {
		String period = dashboard.period().label() + " " + dashboard.year();
		Row title = sheet.createRow(0);
		styles.text(title, 0, text("dashboard.region.ranking.achievement", locale) + " – " + period, styles.bold);
		styles.text(title, 5, text("dashboard.region.ranking.timeliness", locale) + " – " + period, styles.bold);
		Row header = sheet.createRow(1);
		String[] left = { "rank", "agency", "achievement", "rating" };
		String[] right = { "rank", "agency", "timeliness", "onTime", "late", "stepLate" };
		for (int i = 0; i < left.length; i++) {
			styles.text(header, i, text("dashboard.region." + left[i], locale), styles.bold);
		}
		for (int i = 0; i < right.length; i++) {
			styles.text(header, 5 + i, text("dashboard.region." + right[i], locale), styles.bold);
		}
		List<Ranked> achievement = dashboard.byAchievement();
		List<Ranked> timeliness = dashboard.byTimeliness();
		for (int i = 0; i < achievement.size(); i++) {
			Row row = sheet.createRow(2 + i);
			Ranked a = achievement.get(i);
			styles.number(row, 0, (a.rank() != null) ? BigDecimal.valueOf(a.rank()) : null, styles.count);
			styles.text(row, 1, a.agencyName(), null);
			styles.number(row, 2, a.achievement(), styles.percent);
			styles.text(row, 3, a.ratingLabel(), null);
			Ranked t = timeliness.get(i);
			styles.number(row, 5, (t.rank() != null) ? BigDecimal.valueOf(t.rank()) : null, styles.count);
			styles.text(row, 6, t.agencyName(), null);
			styles.number(row, 7, t.timeliness(), styles.percent);
			styles.number(row, 8, BigDecimal.valueOf(t.onTime()), styles.count);
			styles.number(row, 9, BigDecimal.valueOf(t.late()), styles.count);
			styles.text(row, 10, text(t.stepLate() ? "dashboard.region.yes" : "dashboard.region.no", locale), null);
		}
		sheet.setColumnWidth(1, 60 * 256);
		sheet.setColumnWidth(6, 60 * 256);
	}

	private void distribution(Sheet sheet, RegionDashboard dashboard, Styles styles, Locale locale) {
		Row header = sheet.createRow(0);
		styles.text(header, 0, text("dashboard.region.agency", locale), styles.bold);
		List<Band> bands = dashboard.bands();
		for (int i = 0; i < bands.size(); i++) {
			styles.text(header, 1 + i, bands.get(i).label(), styles.bold);
		}
		styles.text(header, 1 + bands.size(), text("dashboard.region.total", locale), styles.bold);
		int r = 1;
		for (Distribution agency : dashboard.distribution()) {
			Row row = sheet.createRow(r++);
			styles.text(row, 0, agency.agencyName(), null);
			for (int i = 0; i < agency.counts().size(); i++) {
				styles.number(row, 1 + i, BigDecimal.valueOf(agency.counts().get(i)), styles.count);
			}
			styles.number(row, 1 + bands.size(), BigDecimal.valueOf(agency.total()), styles.count);
		}
		sheet.setColumnWidth(0, 60 * 256);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** The workbook's few styles, made once. */
	private static final class Styles {

		final CellStyle bold;

		final CellStyle percent;

		final CellStyle count;

		Styles(XSSFWorkbook book) {
			Font font = book.createFont();
			font.setBold(true);
			this.bold = book.createCellStyle();
			this.bold.setFont(font);
			this.bold.setWrapText(true);
			this.percent = book.createCellStyle();
			this.percent.setDataFormat(book.createDataFormat().getFormat(PERCENT));
			this.count = book.createCellStyle();
			this.count.setDataFormat(book.createDataFormat().getFormat(COUNT));
		}

		void text(Row row, int column, String value, CellStyle style) {
			if (value != null) {
				org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
				cell.setCellValue(value);
				if (style != null) {
					cell.setCellStyle(style);
				}
			}
		}

		void number(Row row, int column, BigDecimal value, CellStyle style) {
			if (value != null) {
				org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
				cell.setCellValue(value.doubleValue());
				cell.setCellStyle(style);
			}
		}

	}

}
