package id.ukur.plan.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanValue;
import id.ukur.plan.PlanWorkbooks.RowProblem;
import id.ukur.plan.ValueType;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan workbook keeps numbers as numeric cells with a number format and reads what a
 * person sees in a cell (docs/formats.md).
 */
class PlanWorkbookNumbersTest {

	@ParameterizedTest(name = "{0} formatted {1} reads {2}")
	@CsvSource(delimiter = '|', value = { "0.7|0%|70", "0.0725|0.00%|7.25", "1|0%|100", "70|0\" %\"|70",
			"56.75|General|56.75", "1250|#,##0|1250", "0.125|#,##0.000|0.125" })
	void readsWhatANumericCellShows(double value, String format, String expected) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Row row = book.createSheet().createRow(0);
			Cell cell = row.createCell(0);
			cell.setCellValue(value);
			CellStyle style = book.createCellStyle();
			style.setDataFormat(book.createDataFormat().getFormat(format));
			cell.setCellStyle(style);
			Cells cells = new Cells(row, 1, new ArrayList<>());
			assertThat(cells.decimal(0)).isEqualByComparingTo(expected);
			assertThat(cells.value(0).number()).isEqualByComparingTo(expected);
		}
	}

	@ParameterizedTest(name = "[{0}] reads {1}")
	@CsvSource(delimiter = '|', value = { "1.250|1250", "1.250,5|1250.5", "1,25|1.25", "70 %|70", "7.05|7.05" })
	void readsTextCellsInTheWorkbooksLanguage(String text, String expected) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Row row = book.createSheet().createRow(0);
			row.createCell(0).setCellValue(text);
			assertThat(new Cells(row, 1, new ArrayList<>()).decimal(0)).isEqualByComparingTo(expected);
		}
	}

	@Test
	void writesNumbersAsNumericCellsAndReadsBackTheSamePlan() throws IOException {
		IndicatorDoc indicator = new IndicatorDoc("IKT-1", "Indeks", "indeks", true, null, null, null,
				Polarity.HIGHER_IS_BETTER, Formula.RATIO, PeriodAggregation.LAST_VALUE, ValueType.NUMBER, null,
				new BigDecimal("1.125"), PlanValue.of(new BigDecimal("56.75")), PlanValue.of(new BigDecimal("1250.5")),
				null, new BigDecimal("1.125"), new BigDecimal("2.5"),
				Map.of("TW1", PeriodTarget.of(new BigDecimal("7.07")), "TW2",
						PeriodTarget.range(new BigDecimal("1.125"), new BigDecimal("3"))),
				List.of(new IndicatorDoc.ScaleValue("WTP", new BigDecimal("4.5"))), null);
		PlanDocument plan = new PlanDocument(2026, null,
				List.of(new PlanDocument.GoalDoc("T1", "Tujuan", null, List.of(indicator), List.of())));
		PlanWorkbookWriter writer = new PlanWorkbookWriter("Dinas", 2026, List.of());
		PlanTree.roots(plan).forEach((root) -> writer.node(root, null));
		byte[] bytes = writer.bytes();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = book.getSheet(WorkbookColumns.SHEET);
			Row row = sheet.getRow(2);
			Cell weight = row.getCell(WorkbookColumns.WEIGHT);
			assertThat(weight.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(weight.getCellStyle().getDataFormatString()).isEqualTo("#,##0.000");
			assertThat(row.getCell(WorkbookColumns.BASELINE).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(WorkbookColumns.PERIOD_TARGET).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(WorkbookColumns.TARGET).getStringCellValue()).isEqualTo("1,125–2,5");
			assertThat(row.getCell(WorkbookColumns.SCALE).getStringCellValue()).isEqualTo("WTP=4,5");
		}
		PlanWorkbookReader reader = new PlanWorkbookReader();
		PlanDocument back = reader.read(new ByteArrayInputStream(bytes), 2026);
		assertThat(reader.problems).extracting(RowProblem::code).isEmpty();
		IndicatorDoc read = back.goals().get(0).indicators().get(0);
		assertThat(read.weight()).isEqualByComparingTo("1.125");
		assertThat(read.targetMin()).isEqualByComparingTo("1.125");
		assertThat(read.targetMax()).isEqualByComparingTo("2.5");
		assertThat(read.periodTargets().get("TW2").min()).isEqualByComparingTo("1.125");
		assertThat(read.scale().get(0).score()).isEqualByComparingTo("4.5");
		assertThat(read.baseline().number()).isEqualByComparingTo("56.75");
	}

}
