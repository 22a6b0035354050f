package id.ukur.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.APIResponse;
import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each seed SOP in its official rendering; the planner edits a standard time and
 * publishes a revision.
 */
class SopBrowserIT extends BrowserTest {

	private static final String[] SEEDS = { "lpk-disperinaker", "pwk-dkupp", "pbl-disperinaker", "lmg-disnaker",
			"wkn-dpmk" };

	@Test
	void everySeedSopReadsLikeThePrintedOneOnScreenAndAsPdf() throws IOException {
		for (String agency : SEEDS) {
			login(agency + ".perencana", DemoPassword.VALUE);
			this.page.navigate(url("/agencies/" + agency + "/sop"));
			assertThat(this.page.locator("#sop-identity")).isVisible();
			assertThat(this.page.locator(".sop-chart tbody tr").first()).isVisible();
			assertThat(this.page.locator(".sop-chart svg").first()).isVisible();
			audit("20-sop-" + agency);
			APIResponse pdf = this.page.request().get(url("/agencies/" + agency + "/sop.pdf"));
			assertThat(pdf.status()).isEqualTo(200);
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve("sop-" + agency + ".pdf"), pdf.body());
			assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
			this.page.locator("#userMenu").click();
			this.page.locator("#logout").click();
		}
	}

	@Test
	void thePlannerChangesAStandardTimeAndPublishesARevision() {
		login("pbl-disperinaker.perencana", DemoPassword.VALUE);
		this.page.navigate(url("/agencies/pbl-disperinaker/sop"));
		int revisions = this.page.locator("#sop-revisions li").count();
		String before = this.page.locator("#step-6 .sop-time").textContent().trim();
		assertThat(before).isEqualTo("3 hari");
		this.page.locator("#edit-sop").click();
		this.page.locator("#steps5\\.timeAmount").fill("2");
		this.page.locator("#note").fill("Pengumpulan dipercepat menjadi 2 hari");
		audit("21-sop-edit");
		this.page.locator("#publish-sop").click();
		assertThat(this.page.locator("#sop-published")).containsText("diterbitkan");
		assertThat(this.page.locator("#step-6 .sop-time")).hasText("2 hari");
		assertThat(this.page.locator("#sop-revisions li")).hasCount(revisions + 1);
		assertThat(this.page.locator("#revision-badge")).containsText("Revisi " + (revisions + 1));
		audit("22-sop-new-revision");
		this.page.locator("#sop-revisions a").last().click();
		assertThat(this.page.locator("#step-6 .sop-time")).hasText("3 hari");
		assertThat(this.page.locator("#revision-badge")).containsText("tidak berlaku lagi");
	}

	@Test
	void aBrokenEditIsExplainedAndNothingPublished() {
		login("wkn-dpmk.perencana", DemoPassword.VALUE);
		this.page.navigate(url("/agencies/wkn-dpmk/sop/edit"));
		this.page.locator("#steps2\\.lanes").fill("gudang");
		this.page.locator("#steps3\\.timeAmount").fill("0");
		this.page.locator("#publish-sop").click();
		assertThat(this.page.locator("#sop-problems")).containsText("gudang");
		assertThat(this.page.locator("#sop-problems")).containsText("lebih dari nol");
		audit("23-sop-edit-refused");
	}

}
