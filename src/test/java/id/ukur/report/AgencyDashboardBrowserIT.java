package id.ukur.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.BrowserTest;
import id.ukur.support.Axe;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The agency dashboard in Chromium under the strict CSP, with sealed rounds of 2023 and
 * 2024 (plans copied from 2025): the head, the planning agency and the auditor open it
 * and its drill-down, the charts are drawn without any console error, axe finds no WCAG
 * violation, and the pages are photographed at 1366 and 390 px (target/screenshots).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyDashboardBrowserIT extends BrowserTest {

	/** The year shown: rounds of it and of the year before, which no other test uses. */
	private static final int YEAR = 2024;

	private static final String DASHBOARD = "/dasbor/" + DashboardDatabase.AGENCY + "?year=" + YEAR;

	@BeforeAll
	void sealRounds() {
		RoundDriver round = rounds(DashboardDatabase.AGENCY);
		DashboardDatabase.copyPlan(round, YEAR - 1);
		DashboardDatabase.copyPlan(round, YEAR);
		DashboardDatabase.seal(round, YEAR - 1, YEAR);
	}

	@Test
	void theHeadOpensTheDashboardAndDrillsDown() {
		login("lpk-disperinaker.kepala", DemoPassword.VALUE);
		this.page.navigate(url("/"));
		this.page.locator("nav a[href='/dasbor']").click();
		this.page.waitForURL("**/dasbor/" + DashboardDatabase.AGENCY);
		this.page.selectOption("#year", String.valueOf(YEAR));
		this.page.locator("#year-show").click();
		this.page.waitForURL("**year=" + YEAR);
		look("dashboard-head");
		this.page.locator("#dashboard-objectives tbody th a").first().click();
		this.page.waitForURL("**/sasaran/**");
		look("dashboard-objective-head");
		this.page.locator("#objective-indicators tbody th a").first().click();
		this.page.waitForURL("**/indikator/**");
		assertThat(this.page.locator("#indicator-history").innerText()).contains("Dukungan anggaran");
		look("dashboard-indicator-head");
	}

	@Test
	void thePlanningAgencyReadsIt() {
		login("lpk.bappeda", DemoPassword.VALUE);
		this.page.navigate(url(DASHBOARD));
		assertThat(this.page.locator("#dashboard-heading").innerText()).contains(String.valueOf(YEAR));
		look("dashboard-bappeda");
	}

	@Test
	void theAuditorReadsTheDrillDown() {
		login("lpk.inspektorat", DemoPassword.VALUE);
		this.page.navigate(url(DASHBOARD));
		this.page.locator("#dashboard-iku tbody th a").first().click();
		this.page.waitForURL("**/indikator/**");
		look("dashboard-indicator-auditor");
	}

	/**
	 * The page's charts are drawn, axe finds nothing, and the page is photographed at
	 * desktop and phone width (the charts redrawn for the phone).
	 */
	private void look(String name) {
		this.page.waitForLoadState();
		int tables = this.page.locator("table.chart-data").count();
		if (tables > 0) {
			this.page.locator("div.chart canvas").first().waitFor();
			assertThat(this.page.locator("div.chart[role=img]").count()).isEqualTo(tables);
		}
		assertThat(Axe.violations(this.page)).as("axe on " + name).isEmpty();
		audit(name + "-1366");
		this.page.setViewportSize(390, 844);
		this.page.waitForTimeout(300);
		screenshot(name + "-390");
		this.page.setViewportSize(1366, 860);
	}

}
