package id.ukur.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import id.ukur.support.Api;
import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import id.ukur.support.SampleFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One whole measurement round of Lima Puluh Kota in the browser, as its people do it: the
 * head orders, the secretary and the team hold their meeting steps, a unit fills its form
 * with evidence and submits, the team returns a value and the unit corrects it, the team
 * accepts and calculates, the secretary approves, the head signs, the planner sends, the
 * planning agency acknowledges, a staff member archives; anyone checks the sealed report.
 * The other units fill through the API to keep the test short.
 */
class RoundBrowserIT extends BrowserTest {

	private static final String AGENCY = "lpk-disperinaker";

	private static final String UNIT = "PERINDUSTRIAN";

	private final Set<String> homesSeen = new LinkedHashSet<>();

	@Test
	void aWholeRoundOfLimaPuluhKotaInTheBrowser() throws IOException {
		this.page.onDialog(Dialog::accept);

		// the head orders the measurement of TW II
		this.page.navigate(url("/login"));
		audit("round-00-login");
		as("kepala");
		this.page.locator("#mainNav >> text=Pengukuran").click();
		assertThat(this.page.locator("h1")).hasText("Pengukuran Kinerja");
		if (this.page.locator("#order-details[open]").count() == 0) {
			this.page.locator("#order-heading").click();
		}
		this.page.locator("#year").fill("2026");
		this.page.locator("#period").selectOption("TW2");
		this.page.locator("#deadline").fill(LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(7).toString());
		this.page.locator("#orderReference").fill("800/045/Disperinaker/2026");
		this.page.locator("#orderText").fill("Laksanakan pengukuran kinerja triwulan II tahun 2026");
		this.page.locator("#letter-details summary").click();
		audit("round-01-list");
		this.page.locator("#order-submit").click();
		assertThat(this.page.locator("#round-done")).containsText("Pengukuran diperintahkan");
		long id = Long.parseLong(this.page.url().replaceAll(".*/rounds/(\\d+).*", "$1"));
		assertThat(this.page.locator("#round-heading")).containsText("TW II 2026");
		assertThat(this.page.locator("#current-step")).containsText("Langkah 2");
		assertThat(this.page.locator("#current-holder")).hasText("Sekretaris");
		assertThat(this.page.locator("#not-yours")).containsText("Sekretaris");
		audit("round-01b-ordered-head");

		// the secretary and the team complete the manual steps 2 to 4 with their notes
		completeManualStep("sekretaris", id, 2, "Notulen rapat arahan 800/046/2026");
		completeManualStep("tim", id, 3, "Rencana kegiatan pengukuran TW II");
		completeManualStep("tim", id, 4, "Metodologi pengukuran capaian, kertas kerja TW II");
		assertThat(this.page.locator("#current-step")).containsText("Langkah 5");
		assertThat(this.page.locator("#step-2-1")).containsText("Notulen rapat arahan");

		// a unit's staff fills the whole form in the browser, with a PDF as evidence
		as(UNIT.toLowerCase(Locale.ROOT) + ".staf");
		assertThat(this.page.locator("#inbox")).containsText("Isi formulir Bidang Perindustrian");
		audit("round-02-inbox-unit");
		this.page.locator("#inbox a", new Page.LocatorOptions().setHasText("Bidang Perindustrian")).first().click();
		assertThat(this.page.locator("#form-status")).hasText("Draf");
		audit("round-03a-unit-form-empty");
		Locator rows = this.page.locator("#entries-table tbody");
		this.page.waitForLoadState(LoadState.LOAD);
		int count = rows.count();
		assertThat(count).isGreaterThan(3);
		String first = null;
		for (int i = 0; i < count; i++) {
			Locator row = rows.nth(i);
			String code = row.getAttribute("id").substring("entry-".length());
			first = (first == null) ? code : first;
			String target = row.locator("tr.entry-main td").nth(4).textContent().trim();
			row.locator("#actual-" + code)
				.fill(target.contains("–") ? target.substring(0, target.indexOf('–')) : target);
		}
		this.page.locator("#note-" + first).fill("Data BPS dan laporan bidang triwulan II");
		this.page.locator("#enabling-" + first).fill("Dukungan anggaran dan pendampingan IKM");
		this.page.locator("#file-" + first)
			.setInputFiles(new FilePayload("data-bps-tw2.pdf", "application/pdf", SampleFiles.pdf()));
		this.page.locator("#save-draft").click();
		assertThat(this.page.locator("#round-done")).containsText(count + " nilai diubah, 1 berkas diunggah");
		assertThat(this.page.locator("#entry-" + first + " .evidence-list")).containsText("data-bps-tw2.pdf");
		assertThat(this.page.locator("#submit-form")).hasCount(0);
		audit("round-03-unit-form");

		// the unit head submits
		as(UNIT.toLowerCase(Locale.ROOT) + ".kepala");
		this.page.navigate(url("/rounds/" + id + "/units/" + UNIT));
		audit("round-03b-unit-form-head");
		this.page.locator("#submit-form").click();
		assertThat(this.page.locator("#round-done")).containsText("Formulir terkirim");
		assertThat(this.page.locator("#form-status")).hasText("Dikirim");

		// the other units fill and submit through the API; one of them reports half its
		// targets
		Set<String> others = new LinkedHashSet<>();
		for (JsonNode entry : entries(id)) {
			others.add(entry.get("unitCode").asString());
		}
		others.remove(UNIT);
		assertThat(others).hasSize(4);
		others.forEach((unit) -> fillAndSubmitByApi(id, unit,
				unit.equals("HI") ? RoundDriver::halfTarget : RoundDriver::onTarget));

		// the team returns one value of the unit with a reason
		as("tim");
		this.page.navigate(url("/rounds/" + id + "/validation"));
		String returned = "IKU-02";
		this.page.locator("#entry-" + returned + " .return-details summary").click();
		this.page.locator("#return-reason-" + returned).fill("Lampirkan daftar IKM yang bersertifikat sebagai bukti");
		audit("round-04-validation");
		this.page.locator("#entry-" + returned + " button.return").click();
		assertThat(this.page.locator("#round-done")).containsText(returned);
		assertThat(this.page.locator("#entry-" + returned)).containsText("Dikembalikan");
		audit("round-04b-validation-returned");

		// the unit sees the reason where it enters the value, corrects it and submits
		// again
		as(UNIT.toLowerCase(Locale.ROOT) + ".staf");
		this.page.navigate(url("/rounds/" + id + "/units/" + UNIT));
		assertThat(this.page.locator("#form-return-reason")).containsText("Lampirkan daftar IKM");
		assertThat(this.page.locator("#reason-" + returned)).containsText("Lampirkan daftar IKM");
		this.page.locator("#actual-" + returned).fill("34");
		this.page.locator("#note-" + returned).fill("Daftar IKM bersertifikat terlampir");
		this.page.locator("#file-" + returned)
			.setInputFiles(new FilePayload("daftar-ikm.pdf", "application/pdf", SampleFiles.pdf()));
		audit("round-05-unit-form-returned");
		this.page.locator("#save-draft").click();
		assertThat(this.page.locator("#round-done")).containsText("1 nilai diubah, 1 berkas diunggah");
		as(UNIT.toLowerCase(Locale.ROOT) + ".kepala");
		this.page.navigate(url("/rounds/" + id + "/units/" + UNIT));
		this.page.locator("#submit-form").click();
		assertThat(this.page.locator("#form-status")).hasText("Dikirim");
		this.page.waitForLoadState(LoadState.LOAD);
		this.page.locator("#entry-" + returned + " details.entry-history summary").click();
		assertThat(this.page.locator("#entry-" + returned + " .history-table")).containsText("Dikembalikan");

		// the team accepts everything and calculates
		as("tim");
		this.page.navigate(url("/rounds/" + id));
		assertThat(this.page.locator("#calculate-waiting")).isVisible();
		audit("round-05b-round-team-step5");
		this.page.locator("#go-validate").click();
		this.page.locator("#accept-all").click();
		assertThat(this.page.locator("#round-done")).containsText("nilai diterima");
		assertThat(this.page.locator("#accept-all")).hasCount(0);
		this.page.locator("#round-tabs >> text=Rekap").click();
		this.page.locator("#calculate").click();
		assertThat(this.page.locator("#round-done")).containsText("Perhitungan selesai");
		assertThat(this.page.locator("#agency-achievement")).containsText("%");
		assertThat(this.page.locator("#recap-stale")).hasCount(0);
		// the achievement's explanation (in TW II an early warning may follow it)
		this.page.locator("#recap-IKU-01 .explain summary").first().click();
		assertThat(this.page.locator("#recap-IKU-01 .explain-body").first()).containsText("×");
		audit("round-06-recap");

		// the team writes the action plan of an indicator below the threshold
		this.page.navigate(url("/rounds/" + id));
		assertThat(this.page.locator("#plan-form")).isVisible();
		audit("round-06b-round-team-step6");
		this.page.locator("#plan-analysis").fill("Realisasi rendah karena mediasi menunggu jadwal sidang");
		this.page.locator("#plan-action").fill("Percepat mediasi dan tambah jadwal sidang pada TW III");
		this.page.locator("#plan-owner").selectOption("HI");
		this.page.locator("#plan-due").fill("2026-09-30");
		this.page.locator("#plan-submit").click();
		assertThat(this.page.locator("#round-done")).containsText("Rencana aksi tersimpan");
		assertThat(this.page.locator("#plans-table")).containsText("Percepat mediasi");

		// the team completes the recap step and submits for review
		assertThat(this.page.locator("#current-step")).containsText("Langkah 6");
		this.page.locator("#note").fill("Rekap hasil pengukuran per sasaran TW II");
		this.page.locator("#complete-step").click();
		assertThat(this.page.locator("#current-step")).containsText("Langkah 7");
		audit("round-06c-round-team-step7");
		this.page.locator("#submit-for-review").click();
		assertThat(this.page.locator("#current-step")).containsText("Langkah 8");

		// the secretary approves
		as("sekretaris");
		this.page.navigate(url("/rounds/" + id));
		audit("round-06d-round-secretary-step8");
		this.page.locator("#approve").click();
		assertThat(this.page.locator("#round-done")).containsText("disetujui");
		assertThat(this.page.locator("#current-step")).containsText("Langkah 9");

		// the head signs after confirming what will be locked
		as("kepala");
		this.page.navigate(url("/rounds/" + id));
		assertThat(this.page.locator("#sign-form")).containsText("terkunci");
		this.page.locator("#sign-confirm").check();
		audit("round-07-sign");
		this.page.locator("#sign").click();
		assertThat(this.page.locator("#round-done")).containsText("disegel");
		assertThat(this.page.locator("#round-status")).hasText("Ditandatangani");
		String code = this.page.locator("#verification-code").textContent().trim();
		assertThat(code).isNotBlank();
		byte[] pdf = download("/rounds/" + id + "/report.pdf");
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		byte[] xlsx = download("/rounds/" + id + "/report.xlsx");
		assertThat(xlsx).startsWith(new byte[] { 'P', 'K', 3, 4 });
		byte[] worksheet = download("/rounds/" + id + "/worksheet.xlsx");
		assertThat(worksheet).startsWith(new byte[] { 'P', 'K', 3, 4 });
		Path report = SCREENSHOTS.resolve("round-report.pdf");
		Files.createDirectories(SCREENSHOTS);
		Files.write(report, pdf);
		Files.write(SCREENSHOTS.resolve("round-report.xlsx"), xlsx);
		audit("round-08-sealed");

		// the planner sends the report to Bappeda, which acknowledges it
		as("perencana");
		this.page.navigate(url("/rounds/" + id));
		audit("round-08b-round-planner-send");
		this.page.locator("#send").click();
		assertThat(this.page.locator("#round-sent")).isVisible();
		login("lpk.bappeda", DemoPassword.VALUE, true);
		assertThat(this.page.locator("#inbox")).containsText("TW II 2026");
		audit("round-09a-home-bappeda");
		this.page.locator("#mainNav >> text=Pengukuran").click();
		audit("round-09-received");
		this.page.locator("#acknowledge-" + id).click();
		assertThat(this.page.locator("#round-done")).containsText("Penerimaan laporan dicatat");

		// a staff member archives the round with the archive reference
		as(UNIT.toLowerCase(Locale.ROOT) + ".staf");
		this.page.navigate(url("/rounds/" + id));
		audit("round-09b-round-staff-archive");
		this.page.locator("#archiveReference").fill("Lemari arsip Program, rak 2, map TW II 2026");
		this.page.locator("#archive").click();
		assertThat(this.page.locator("#round-status")).hasText("Diarsipkan");
		assertThat(this.page.locator("#all-done")).isVisible();
		assertThat(this.page.locator("#round-acknowledged")).not().containsText("belum");
		audit("round-10-archived");

		// the journal and the SOP compliance, as the planner reads them
		as("perencana");
		this.page.navigate(url("/rounds/" + id + "/journal"));
		audit("round-11-journal");
		assertThat(journal(id)).contains("Menandatangani dan menyegel", "Lampirkan daftar IKM");
		this.page.navigate(url("/agencies/" + AGENCY + "/rounds"));
		this.page.locator("#compliance-link").click();
		assertThat(this.page.locator("#compliance-table tbody tr")).hasCount(10);
		audit("round-12-compliance");

		// anyone, signed out, checks the code and the file
		this.page.context().clearCookies();
		this.page.navigate(url("/verify"));
		this.page.locator("#code").fill(code.toLowerCase(Locale.ROOT));
		this.page.locator("#verify-submit").click();
		assertThat(this.page.locator("#result-heading")).containsText("Asli");
		assertThat(this.page.locator("#verify-period")).hasText("TW II 2026");
		this.page.locator("#file").setInputFiles(report);
		this.page.locator("#file-submit").click();
		assertThat(this.page.locator("#file-result")).containsText("sama persis");
		audit("round-13-verify");
		byte[] changed = pdf.clone();
		changed[changed.length - 10] ^= 1;
		this.page.locator("#file").setInputFiles(new FilePayload("laporan-diubah.pdf", "application/pdf", changed));
		this.page.locator("#file-submit").click();
		assertThat(this.page.locator("#file-result")).containsText("TIDAK sama");
		this.page.navigate(url("/verify/AAAA-BBBB-CCCC"));
		assertThat(this.page.locator("#result-heading")).containsText("tidak dikenal");
	}

	@Test
	void refusalsAreExplainedOnThePageWithWhatWasTyped() {
		this.page.onDialog(Dialog::accept);
		as("kepala");
		this.page.navigate(url("/agencies/" + AGENCY + "/rounds"));
		if (this.page.locator("#order-details[open]").count() == 0) {
			this.page.locator("#order-heading").click();
		}
		this.page.locator("#period").selectOption("S1");
		this.page.locator("#deadline").fill(LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(3).toString());
		this.page.locator("#orderReference").fill("");
		this.page.locator("#orderText").fill("Perintah yang tetap ada");
		this.page.locator("#order-submit").click();
		assertThat(this.page.locator("#deadline ~ .invalid-feedback")).containsText("Batas waktu tidak boleh");
		assertThat(this.page.locator("#orderReference ~ .invalid-feedback")).containsText("nota dinas");
		assertThat(this.page.locator("#orderText")).hasValue("Perintah yang tetap ada");
		audit("round-20-order-refused");
		this.page.navigate(url("/agencies/" + AGENCY + "/rounds?lang=en"));
		assertThat(this.page.locator("h1")).hasText("Performance measurement");
		if (this.page.locator("#rounds-table a").count() > 0) {
			this.page.locator("#rounds-table a").first().click();
			assertThat(this.page.locator("#timeline-heading")).hasText("SOP steps and time standards");
			audit("round-21-english");
		}
	}

	/** The round's whole journal, page after page (50 lines to a page, oldest first). */
	private String journal(long id) {
		StringBuilder text = new StringBuilder();
		String total = this.page.locator("#journal-total").textContent();
		int pages = Integer.parseInt(total.replaceAll("(?s).* dari (\\d+).*", "$1").trim());
		for (int p = 0; p < pages; p++) {
			this.page.navigate(url("/rounds/" + id + "/journal?page=" + p));
			text.append(this.page.locator("#journal-table").textContent());
		}
		return text.toString();
	}

	private void completeManualStep(String who, long id, int number, String note) {
		as(who);
		this.page.navigate(url("/rounds/" + id));
		assertThat(this.page.locator("#current-step")).containsText("Langkah " + number);
		audit("round-step" + number + "-" + who);
		this.page.locator("#note").fill(note);
		this.page.locator("#complete-step").click();
		assertThat(this.page.locator("#round-done")).containsText("selesai");
	}

	/**
	 * Signs in as a user of the agency, in a fresh session; each role's Beranda is
	 * audited the first time it is seen.
	 */
	private void as(String who) {
		login(AGENCY + "." + who, DemoPassword.VALUE, true);
		if (this.homesSeen.add(who)) {
			audit("round-home-" + who.replace('.', '-'));
		}
	}

	private void login(String username, String password, boolean fresh) {
		if (fresh) {
			this.page.context().clearCookies();
		}
		login(username, password);
		assertThat(this.page.locator("#greeting")).containsText("Selamat datang");
	}

	private byte[] download(String path) {
		APIResponse response = this.page.request().get(url(path));
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	private Iterable<JsonNode> entries(long id) {
		return RoundDriver.ok(tokenApi(AGENCY + ".perencana").get("/api/v1/rounds/" + id + "/entries"));
	}

	private void fillAndSubmitByApi(long id, String unit, Function<JsonNode, String> value) {
		String people = AGENCY + "." + unit.toLowerCase(Locale.ROOT);
		Api staff = tokenApi(people + ".staf");
		for (JsonNode entry : entries(id)) {
			if (!entry.get("unitCode").asString().equals(unit)) {
				continue;
			}
			String body = "{\"actual\": \"" + value.apply(entry) + "\", \"note\": \"Data unit TW II\","
					+ " \"version\": " + entry.get("version").asLong() + "}";
			RoundDriver
				.ok(staff.put("/api/v1/rounds/" + id + "/entries/" + entry.get("indicatorCode").asString(), body));
		}
		RoundDriver.ok(tokenApi(people + ".kepala").post("/api/v1/rounds/" + id + "/units/" + unit + "/submit", "{}"));
	}

}
