package id.ukur.browser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import id.ukur.organization.UserAccounts;
import id.ukur.plan.PlanWorkbooks;
import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner at work in a browser: the plan tree, an indicator edit, an Excel upload,
 * the calculator, the PK.
 */
class PlanBrowserIT extends BrowserTest {

	@Autowired
	PlanWorkbooks workbooks;

	@Autowired
	UserAccounts accounts;

	@Test
	void thePlannerEditsAnIndicatorInThePlanTree() {
		login("lpk-disperinaker.perencana", DemoPassword.VALUE);
		this.page.locator("#mainNav >> text=Rencana Kinerja").click();
		assertThat(this.page.locator("h1")).hasText("Rencana Kinerja 2026");
		assertThat(this.page.locator(".plan-goal").first()).isVisible();
		audit("10-plan-tree");
		this.page.locator(".indicator-table a").first().click();
		assertThat(this.page.locator("#indicator-panel")).isVisible();
		audit("11-plan-indicator");
		this.page.locator("#edit-indicator").click();
		this.page.locator("#name").fill("Persentase industri kecil menengah yang dibina (diubah)");
		this.page.locator("#target").fill("80-90");
		this.page.locator("#tw4").fill("90-80");
		this.page.locator("#save-indicator").click();
		assertThat(this.page.locator("#tw4 ~ .invalid-feedback")).containsText("tidak boleh lebih besar");
		audit("12-plan-indicator-error");
		this.page.locator("#tw4").fill("80-90");
		this.page.locator("#save-indicator").click();
		assertThat(this.page.locator("#plan-message")).hasText("Rencana tersimpan.");
		assertThat(this.page.locator("#indicator-name"))
			.hasText("Persentase industri kecil menengah yang dibina (diubah)");
		assertThat(this.page.locator("#period-targets")).containsText("80–90");
	}

	@Test
	void anUploadWithOneBadRowShowsThatRowAndStoresNothing() throws IOException {
		var planner = this.accounts.byUsername("pwk-dkupp.perencana").orElseThrow();
		byte[] good = this.workbooks.export("pwk-dkupp", 2026, planner);
		Path bad = SCREENSHOTS.getParent().resolve("plan-with-bad-row.xlsx");
		Files.createDirectories(bad.getParent());
		int badRow;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(good));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet("Rencana");
			Row row = null;
			for (Row candidate : sheet) {
				if ("INDIKATOR".equals(candidate.getCell(0).getStringCellValue())) {
					row = candidate;
					break;
				}
			}
			row.getCell(12).setCellValue("Miring");
			badRow = row.getRowNum() + 1;
			workbook.write(out);
			Files.write(bad, out.toByteArray());
		}
		login("pwk-dkupp.perencana", DemoPassword.VALUE);
		this.page.navigate(url("/agencies/pwk-dkupp/plans/2026"));
		String before = this.page.locator("#plan-meta").textContent();
		this.page.locator("text=Unggah Excel").first().click();
		this.page.locator("#file").setInputFiles(bad);
		this.page.locator("#import-submit").click();
		assertThat(this.page.locator("#import-problems")).containsText("Tidak ada yang disimpan");
		assertThat(this.page.locator("#import-problems tbody tr")).hasCount(1);
		assertThat(this.page.locator("#import-problems tbody tr td").first()).hasText(String.valueOf(badRow));
		assertThat(this.page.locator("#import-problems")).containsText("Polaritas");
		assertThat(this.page.locator("#import-problems")).containsText("Miring");
		audit("13-plan-upload-bad-row");
		this.page.navigate(url("/agencies/pwk-dkupp/plans/2026"));
		assertThat(this.page.locator("#plan-meta")).hasText(before);
		this.page.navigate(url("/agencies/pwk-dkupp/plans/2026/import"));
		Download download = this.page.waitForDownload(() -> this.page.locator("#template-link").click());
		assertThat(download.suggestedFilename()).endsWith(".xlsx");
	}

	@Test
	void theCalculatorExplainsItsResult() {
		login("lmg-disnaker.tim", DemoPassword.VALUE);
		this.page.locator("#mainNav >> text=Kalkulator Capaian").click();
		this.page.locator("#polarity").selectOption("LOWER_IS_BETTER");
		this.page.locator("#target").fill("7");
		this.page.locator("#actual").fill("6,5");
		this.page.locator("#calculate").click();
		assertThat(this.page.locator("#result-achievement")).hasText("107,14 %");
		assertThat(this.page.locator("#result-rating")).hasText("Sangat Tinggi");
		assertThat(this.page.locator("#result-explanation")).containsText("(2 − 6,5 / 7) × 100 = 107,14");
		audit("14-calculator");
		this.page.locator("#target").fill("");
		this.page.locator("#calculate").click();
		assertThat(this.page.locator("#calculator-errors")).containsText("Target wajib diisi");
	}

	@Test
	void thePerformanceAgreementReadsAsAPageAndAsAPdf() throws IOException {
		login("wkn-dpmk.kepala", DemoPassword.VALUE);
		this.page.navigate(url("/agencies/wkn-dpmk/plans/2026/pk"));
		assertThat(this.page.locator(".pk-heading").first()).hasText("PERJANJIAN KINERJA TAHUN 2026");
		assertThat(this.page.locator("#pk-indicators tbody tr").first()).isVisible();
		audit("15-pk");
		Download download = this.page.waitForDownload(() -> this.page.locator("#pk-pdf").click());
		Path pdf = SCREENSHOTS.resolve("pk-wkn-dpmk-2026.pdf");
		download.saveAs(pdf);
		byte[] bytes = Files.readAllBytes(pdf);
		assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
		assertThat(bytes.length).isGreaterThan(10_000);
	}

}
