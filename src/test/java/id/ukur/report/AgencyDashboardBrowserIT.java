package id.ukur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import id.ukur.organization.UserAccounts;
import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The agency dashboard in Chromium under the strict CSP, on a database of its own with
 * sealed rounds: the head, the planning agency and the auditor open it and its
 * drill-down, the charts are drawn without any console error, axe finds no WCAG
 * violation, and the pages are photographed at 1366 and 390 px (target/screenshots).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyDashboardBrowserIT extends BrowserTest {

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		DashboardDatabase.register(registry, "agency-dashboard-browser");
	}

	@BeforeAll
	void sealRounds() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).as("a database of the test's own")
				.containsAnyOf("agency-dashboard-browser", "agency_dashboard_browser");
		}
		DashboardDatabase.seal(new RoundDriver(DashboardDatabase.AGENCY,
				(u) -> DashboardDatabase.tokenApi(this.port, this.accounts, u)));
	}

	@Test
	void theHeadOpensTheDashboardAndDrillsDown() {
		login("lpk-disperinaker.kepala", DemoPassword.VALUE);
		this.page.navigate(url("/"));
		this.page.locator("nav a[href='/dasbor']").click();
		this.page.waitForURL("**/dasbor/" + DashboardDatabase.AGENCY);
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
		this.page.navigate(url("/dasbor/" + DashboardDatabase.AGENCY + "?year=2025"));
		assertThat(this.page.locator("#dashboard-heading").innerText()).contains("2025");
		this.page.navigate(url("/dasbor/" + DashboardDatabase.AGENCY));
		look("dashboard-bappeda");
	}

	@Test
	void theAuditorReadsTheDrillDown() {
		login("lpk.inspektorat", DemoPassword.VALUE);
		this.page.navigate(url("/dasbor/" + DashboardDatabase.AGENCY));
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
		screenshot(name + "-1366");
		this.page.setViewportSize(390, 844);
		this.page.waitForTimeout(300);
		screenshot(name + "-390");
		this.page.setViewportSize(1366, 860);
	}

}
