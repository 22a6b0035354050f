package id.ukur.round.internal;

import id.ukur.plan.Decimals;
import id.ukur.round.Periods;
import id.ukur.shared.Numbers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every value of a region's rounds of a year in one workbook, for the planning agency and
 * the inspectorate: one row per value with its achievement and rating from the round's
 * recap. Written as it is read, round by round, through POI's streaming workbook (a
 * window of 100 rows in memory, the rest in a temporary file), so memory stays bounded
 * whatever the region's size.
 */
@Component
class RegionExport {

	private static final String[] HEADERS = { "agencyCode", "agency", "period", "roundStatus", "unit", "node",
			"indicatorCode", "indicator", "measureUnit", "target", "actual", "targetToDate", "actualToDate",
			"achievement", "rating", "status" };

	private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	RegionExport(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * @param target where the workbook goes, asked for only when writing starts
	 * @return how many values were written
	 */
	long write(long regionId, int year, Supplier<OutputStream> target) {
		List<RoundRow> rounds = this.jdbc
			.sql("select r.id, a.code, a.name, r.period, r.status from measurement_round r"
					+ " join agency a on a.id = r.agency_id where r.region_id = ? and r.round_year = ?"
					+ " order by a.code, r.ordered_at, r.id")
			.params(regionId, year)
			.query((rs, row) -> new RoundRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
		try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
			Sheet sheet = book.createSheet(text("report.region.sheet"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				header.createCell(i).setCellValue(text("report.region." + HEADERS[i]));
			}
			long written = 0;
			NumberCells numbers = new NumberCells(book);
			for (RoundRow round : rounds) {
				written = round(sheet, numbers, round, written);
			}
			book.write(target.get());
			return written;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One round's values, with the figures of its calculation (when calculated): the
	 * period's own target and actual, then those the achievement uses (to date: TW I + TW
	 * II of a cumulative indicator in TW II), its achievement and rating.
	 */
	private long round(Sheet sheet, NumberCells numbers, RoundRow round, long written) {
		String period = Periods.label(id.ukur.round.Period.valueOf(round.period()));
		String status = label("report.roundStatus.", round.status());
		long[] next = { written };
		this.jdbc
			.sql("select e.unit_code, e.node_code, e.indicator_code, e.indicator_name, e.measure_unit, e.target_text,"
					+ " e.actual_number, e.actual_text, e.status, f.target_text as f_target, f.actual_text as f_actual,"
					+ " f.achievement, f.rating_label from round_entry e left join recap_figure f"
					+ " on f.round_id = e.round_id and f.kind = 'INDICATOR' and f.code = e.indicator_code"
					+ " where e.round_id = ? order by e.sort_order")
			.param(round.id())
			.query((java.sql.ResultSet rs) -> {
				Row row = sheet.createRow((int) ++next[0]);
				BigDecimal actual = rs.getBigDecimal(7);
				row.createCell(0).setCellValue(round.agencyCode());
				row.createCell(1).setCellValue(round.agencyName());
				row.createCell(2).setCellValue(period);
				row.createCell(3).setCellValue(status);
				for (int i = 1; i <= 5; i++) {
					if (rs.getString(i) != null) {
						row.createCell(3 + i).setCellValue(rs.getString(i));
					}
				}
				numbers.value(row, 9, rs.getString(6));
				if (actual != null) {
					numbers.number(row, 10, actual);
				}
				else if (rs.getString(8) != null) {
					row.createCell(10).setCellValue(rs.getString(8));
				}
				numbers.value(row, 11, rs.getString("f_target"));
				numbers.value(row, 12, rs.getString("f_actual"));
				BigDecimal achievement = rs.getBigDecimal("achievement");
				if (achievement != null) {
					numbers.number(row, 13, achievement.setScale(2, java.math.RoundingMode.HALF_UP));
					row.createCell(14).setCellValue(rs.getString("rating_label"));
				}
				row.createCell(15).setCellValue(label("report.entryStatus.", rs.getString(9)));
			});
		return next[0];
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, INDONESIAN);
	}

	private String label(String prefix, String code) {
		return this.messages.getMessage(prefix + code, null, code, INDONESIAN);
	}

	/**
	 * Numbers as numeric cells with a number format (docs/formats.md), never as text; a
	 * range or a scale value as text in Indonesian, the workbook's language.
	 */
	private static final class NumberCells {

		private final Workbook book;

		private final Map<String, CellStyle> styles = new HashMap<>();

		NumberCells(Workbook book) {
			this.book = book;
		}

		void number(Row row, int column, BigDecimal value) {
			BigDecimal clean = Decimals.clean(value);
			Cell cell = row.createCell(column);
			cell.setCellValue(clean.doubleValue());
			cell.setCellStyle(this.styles.computeIfAbsent(Numbers.cellFormat(clean), (format) -> {
				CellStyle style = this.book.createCellStyle();
				style.setDataFormat(this.book.createDataFormat().getFormat(format));
				return style;
			}));
		}

		void value(Row row, int column, String stored) {
			if (stored == null) {
				return;
			}
			// targets are kept as plain text: 7.05, 88–98 or a scale value
			if (stored.matches("-?\\d{1,20}(\\.\\d{1,10})?")) {
				number(row, column, new BigDecimal(stored));
			}
			else {
				row.createCell(column).setCellValue(Numbers.localize(stored, INDONESIAN));
			}
		}

	}

	private record RoundRow(long id, String agencyCode, String agencyName, String period, String status) {
	}

}
