package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import id.ukur.support.WebSession;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The region-wide export: the planning agency downloads every value of its region's
 * rounds with achievement and rating; agency users may not, other regions do not see it.
 */
class RegionExportIT extends IntegrationTest {

	private static final String PATH = "/api/v1/regions/lpk/rounds/2026/entries.xlsx";

	@Test
	void thePlanningAgencyDownloadsEveryValueOfItsRegion() throws Exception {
		RoundDriver round = rounds("lpk-disperinaker");
		round.order("kepala", "S1", null);
		round.fillAndSubmitAll(RoundDriver::onTarget);
		round.acceptAll("tim");
		round.post("perencana", "/calculate", null);
		int entries = round.entries().size();

		byte[] xlsx = tokenApi("lpk.bappeda").getBytes(PATH);
		List<Row> ours = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kode perangkat daerah");
			assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).startsWith("Target s.d. periode");
			assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("Capaian (%)");
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("lpk-disperinaker")
						&& row.getCell(2).getStringCellValue().equals(Periods.label(Period.S1))) {
					ours.add(row);
				}
			}
			assertThat(ours).hasSize(entries);
			for (Row row : ours) {
				Cell achievement = row.getCell(13);
				assertThat(achievement).isNotNull();
				assertThat(achievement.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(11)).as("the target the achievement uses").isNotNull();
				assertThat(row.getCell(14).getStringCellValue()).isNotBlank();
				assertThat(row.getCell(15).getStringCellValue()).isEqualTo("Diterima");
			}
			assertThat(ours).anySatisfy((row) -> assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(100.0));
			// numbers are numeric cells with a number format, never text
			// (docs/formats.md)
			assertThat(ours).anySatisfy((row) -> {
				assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(10).getCellStyle().getDataFormatString()).startsWith("#,##0");
				assertThat(row.getCell(13).getCellStyle().getDataFormatString()).startsWith("#,##0");
			});
		}

		assertThat(tokenApi("lpk-disperinaker.perencana").get(PATH).status()).isEqualTo(403);
		assertThat(tokenApi("pwk.bappeda").get(PATH).status()).isEqualTo(404);
	}

	@Test
	void theReceivedPageOffersTheExportToRegionWideUsersOnly() {
		WebSession bappeda = web();
		bappeda.login("lpk.bappeda", DemoPassword.VALUE);
		WebSession.Page received = bappeda.get("/rounds/received");
		assertThat(received.document().select("#region-export select[name=year] option")).isNotEmpty();
		int year = Integer.parseInt(received.document().selectFirst("#region-export option").val());
		WebSession.Download file = bappeda.download("/rounds/region/entries.xlsx?year=" + year);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentType()).contains("spreadsheetml");
		assertThat(file.body()).startsWith(new byte[] { 'P', 'K' });

		WebSession planner = web();
		planner.login("lpk-disperinaker.perencana", DemoPassword.VALUE);
		assertThat(planner.download("/rounds/region/entries.xlsx?year=" + year).status()).isEqualTo(403);
	}

}
