package id.ukur.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import id.ukur.support.Axe;
import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import org.junit.jupiter.api.Test;

/**
 * The region dashboard in the browser as Purwakarta's Bappeda user and auditor, on
 * DKUPP's rounds of 2025 (which no other test orders): TW I sealed and sent, TW II at its
 * fourth step with one unit submitted; Dinas Kesehatan has none. The auditor follows the
 * drill-down to the agency dashboard. Desktop and phone screenshots.
 */
class RegionDashboardBrowserIT extends BrowserTest {

	@Test
	void bappedaAndTheAuditorSeeTheirRegionAndDrillDown() {
		RoundDriver sealed = rounds("pwk-dkupp");
		sealedPurwakarta(sealed);
		RoundDriver open = rounds("pwk-dkupp");
		open.order("kepala", 2025, "TW2", null);
		open.post("sekretaris", "/forms/prepare", null);
		open.post("sekretaris", "/forms/distribute", null);
		open.fillUnit("KOPERASI", RoundDriver::onTarget);
		open.submit("KOPERASI");

		login("pwk.bappeda", DemoPassword.VALUE);
		this.page.locator("#mainNav >> text=Dasbor").click();
		assertThat(this.page.locator("h1")).hasText("Dasbor Wilayah");
		this.page.locator("#dashboard-year").selectOption("2025");
		this.page.locator("#dashboard-period").selectOption("TW2");
		this.page.locator("#region-show").click();
		Locator twoOpen = this.page.locator("#cell-pwk-dkupp-TW2");
		assertThat(twoOpen).containsText("Langkah 4");
		assertThat(twoOpen).containsText("1 dari");
		assertThat(this.page.locator("#cell-pwk-dkupp-TW1")).containsText("Dikirim, belum diterima Bappeda");
		assertThat(this.page.locator("#cell-pwk-dkupp-TW1 .achievement")).containsText(",");
		assertThat(this.page.locator("#cell-pwk-dinkes-TW2")).containsText("Belum diperintahkan");
		assertThat(this.page.locator("#missing-pwk-dinkes")).containsText("belum diperintahkan");
		assertThat(this.page.locator("#region-grid")).not().containsText("Lima Puluh Kota");
		assertThat(Axe.violations(this.page)).as("axe on the region dashboard").isEmpty();
		audit("region-dashboard-01-bappeda");
		this.page.setViewportSize(390, 844);
		screenshot("region-dashboard-02-bappeda-phone");

		this.page.setViewportSize(1366, 860);
		this.page.locator("#userMenu").click();
		this.page.locator("#logout").click();
		login("pwk.inspektorat", DemoPassword.VALUE);
		this.page.navigate(url("/dasbor/wilayah?year=2025&period=TW1"));
		assertThat(this.page.locator("#ranking-achievement")).containsText("Dinas Koperasi");
		audit("region-dashboard-03-auditor");
		Locator drill = this.page.locator("#agency-pwk-dkupp a.agency-dashboard");
		assertThat(drill).hasAttribute("href", "/dasbor/pwk-dkupp?year=2025");
		// the agency dashboard is another page (docs/dashboards.md): only the link is
		// ours
		this.page.navigate(url("/dasbor/pwk-dkupp?year=2025"));
		assertThat(this.page.url()).endsWith("/dasbor/pwk-dkupp?year=2025");
	}

	/** DKUPP's TW I of 2025 along its SOP, from the order to the sending. */
	private static void sealedPurwakarta(RoundDriver round) {
		round.order("kepala", 2025, "TW1", null);
		round.post("sekretaris", "/forms/prepare", null);
		round.post("sekretaris", "/forms/distribute", null);
		round.completeStep("tim", 4, "Undangan rapat 005/33/DKUPP");
		round.completeStep("sekretaris", 5, "Notulen rapat pembahasan pengukuran kinerja");
		round.fillAndSubmitAll(RoundDriver::halfTarget);
		round.acceptAll("tim");
		round.post("perencana", "/calculate", null);
		round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		round.completeStep("kepala", 9, "Koreksi Kepala Dinas pada draf dokumen");
		round.completeStep("sekretaris", 10, "Dokumen disampaikan kepada Kepala Dinas");
		round.post("kepala", "/sign", null);
		round.completeStep("sekretaris", 12, "Digandakan 3 eksemplar");
		round.post("perencana", "/send", null);
	}

}
