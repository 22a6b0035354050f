package id.ukur.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.ukur.plan.Decimals;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanValue;
import id.ukur.plan.PlanWorkbooks.RowProblem;
import id.ukur.shared.Numbers;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads typed values from one row, recording a problem (row and column) for every cell it
 * cannot read.
 */
final class Cells {

	private final Row row;

	private final int excelRow;

	private final List<RowProblem> problems;

	Cells(Row row, int excelRow, List<RowProblem> problems) {
		this.row = row;
		this.excelRow = excelRow;
		this.problems = problems;
	}

	int excelRow() {
		return this.excelRow;
	}

	static boolean blank(Row row) {
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.BLANK && !raw(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	String text(int column) {
		Cell cell = this.row.getCell(column);
		if (cell == null) {
			return null;
		}
		String text = raw(cell).trim();
		return text.isEmpty() ? null : text;
	}

	BigDecimal decimal(int column) {
		Cell cell = this.row.getCell(column);
		if (cell == null) {
			return null;
		}
		if (type(cell) == CellType.NUMERIC) {
			return bounded(column, cell);
		}
		String text = text(column);
		if (text == null) {
			return null;
		}
		BigDecimal number = parse(text);
		if (number == null) {
			boolean beyond = Numbers.beyondBounds(text, Numbers.INDONESIAN);
			if (beyond) {
				problem(column, "plan.xlsx.bounds", text, Numbers.MAX_WHOLE_DIGITS, Numbers.MAX_DECIMALS);
			}
			else {
				problem(column, "plan.xlsx.number", text);
			}
		}
		return number;
	}

	PlanValue value(int column) {
		Cell cell = this.row.getCell(column);
		if (cell == null) {
			return null;
		}
		if (type(cell) == CellType.NUMERIC) {
			BigDecimal number = bounded(column, cell);
			return (number != null) ? PlanValue.of(number) : null;
		}
		String text = text(column);
		if (text == null) {
			return null;
		}
		BigDecimal number = parse(text);
		if (number == null && Numbers.beyondBounds(text, Numbers.INDONESIAN)) {
			problem(column, "plan.xlsx.bounds", text, Numbers.MAX_WHOLE_DIGITS, Numbers.MAX_DECIMALS);
			return null;
		}
		return (number != null) ? PlanValue.of(number) : PlanValue.of(text);
	}

	PeriodTarget periodTarget(int column) {
		PlanValue value = value(column);
		if (value == null) {
			return null;
		}
		if (value.isNumber()) {
			return PeriodTarget.of(value.number());
		}
		String[] parts = value.text().split("\\s*[-–]\\s*");
		if (parts.length == 2 && parse(parts[0]) != null && parse(parts[1]) != null) {
			return PeriodTarget.range(parse(parts[0]), parse(parts[1]));
		}
		return PeriodTarget.of(value.text());
	}

	List<IndicatorDoc.ScaleValue> scale(int column) {
		String text = text(column);
		if (text == null) {
			return null;
		}
		List<IndicatorDoc.ScaleValue> entries = new ArrayList<>();
		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			String[] pair = part.split("=");
			BigDecimal score = (pair.length == 2) ? parse(pair[1].trim()) : null;
			if (score == null || pair[0].isBlank()) {
				problem(column, "plan.xlsx.scale", part.trim());
				return null;
			}
			entries.add(new IndicatorDoc.ScaleValue(pair[0].trim(), score));
		}
		return entries;
	}

	<E extends Enum<E>> E choice(int column, Map<E, String> words, Class<E> type) {
		String text = text(column);
		try {
			return WorkbookColumns.parse(words, type, text);
		}
		catch (IllegalArgumentException ex) {
			problem(column, "plan.xlsx.choice", text, String.join(", ", words.values()));
			return null;
		}
	}

	/** A numeric cell's number, or null with the cell named when it is out of bounds. */
	private BigDecimal bounded(int column, Cell cell) {
		BigDecimal number = number(cell);
		if (number != null && Numbers.withinBounds(number)) {
			return number;
		}
		problem(column, "plan.xlsx.bounds", String.valueOf(cell.getNumericCellValue()), Numbers.MAX_WHOLE_DIGITS,
				Numbers.MAX_DECIMALS);
		return null;
	}

	void problem(int column, String code, Object... args) {
		this.problems.add(new RowProblem(this.excelRow, PlanWorkbookReader.header(column), code, args));
	}

	/**
	 * Reads a text cell in Indonesian, the workbook's language, in which the plan's
	 * workbook writes its ranges and scales (docs/formats.md).
	 */
	static BigDecimal parse(String text) {
		return Numbers.parse(text, Numbers.INDONESIAN);
	}

	/**
	 * @return the number a numeric cell shows: a cell formatted as a percentage holds 0,7
	 * and shows 70 %, which is read as 70
	 */
	static BigDecimal number(Cell cell) {
		double read = cell.getNumericCellValue();
		if (!Double.isFinite(read) || Math.abs(read) >= 1e300) {
			// no sensible cell holds such a number; it is refused, never expanded
			return null;
		}
		BigDecimal value = new BigDecimal(Double.toString(read));
		String format = cell.getCellStyle().getDataFormatString();
		boolean percent = format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
		return Decimals.clean(percent ? value.movePointRight(2) : value);
	}

	private static String numberText(Cell cell) {
		BigDecimal number = number(cell);
		return (number == null || !Numbers.withinBounds(number)) ? String.valueOf(cell.getNumericCellValue())
				: number.toPlainString();
	}

	private static CellType type(Cell cell) {
		return (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
	}

	private static String raw(Cell cell) {
		return switch (type(cell)) {
			case NUMERIC -> numberText(cell);
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

}
