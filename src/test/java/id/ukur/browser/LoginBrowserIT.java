package id.ukur.browser;

import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in and out in a real browser, in Indonesian and in English. */
class LoginBrowserIT extends BrowserTest {

	@Test
	void theLoginPageIsIndonesianAndListsTheDemoAccounts() {
		this.page.navigate(url("/login"));
		assertThat(this.page).hasTitle("Masuk — Ukur");
		assertThat(this.page.locator("h1")).hasText("Masuk ke Ukur");
		assertThat(this.page.locator(".demo-username")).hasCount(93);
		audit("01-login");
	}

	@ParameterizedTest(name = "{1} signs in as {0}")
	@CsvSource({ "HEAD, pwk-dkupp.kepala, Kepala Perangkat Daerah", "SECRETARY, pwk-dkupp.sekretaris, Sekretaris",
			"PLANNER, pwk-dkupp.perencana, Perencana", "TEAM, pwk-dkupp.tim, Tim SAKIP",
			"UNIT_HEAD, pwk-dkupp.koperasi.kepala, Kepala Unit", "UNIT_STAFF, pwk-dkupp.koperasi.staf, Staf Unit",
			"PLANNING_AGENCY, pwk.bappeda, Bappeda", "AUDITOR, pwk.inspektorat, Inspektorat",
			"ADMIN, pwk.admin, Administrator" })
	void eachRoleSignsInToItsHomePageAndSignsOut(String role, String username, String label) {
		login(username, DemoPassword.VALUE);
		assertThat(this.page.locator("#greeting")).containsText("Selamat datang");
		assertThat(this.page.locator(".role-badge").first()).hasText(label);
		assertThat(this.page.locator("#inbox-heading")).hasText("Menunggu tindakan Anda");
		if ("ADMIN".equals(role)) {
			assertThat(this.page.locator("#mainNav")).containsText("Pengaturan");
		}
		else {
			assertThat(this.page.locator("#mainNav")).not().containsText("Pengaturan");
		}
		if ("PLANNING_AGENCY".equals(role) || "AUDITOR".equals(role)) {
			assertThat(this.page.locator("#home-agencies a")).hasCount(2);
		}
		audit("02-home-" + role.toLowerCase());
		this.page.locator("#userMenu").click();
		this.page.locator("#logout").click();
		assertThat(this.page.locator(".alert-success")).hasText("Anda telah keluar.");
	}

	@Test
	void theLanguageSwitchIsRemembered() {
		login("lpk-disperinaker.perencana", DemoPassword.VALUE);
		assertThat(this.page.locator("#greeting")).containsText("Selamat datang");
		this.page.locator("a[hreflang=en]").click();
		assertThat(this.page.locator("#greeting")).containsText("Welcome");
		assertThat(this.page.locator("#mainNav")).containsText("Home");
		this.page.navigate(url("/profile"));
		assertThat(this.page.locator("h1")).hasText("Profile and password");
		this.page.navigate(url("/"));
		assertThat(this.page.locator("#inbox-heading")).hasText("Waiting for you");
		audit("03-home-english");
		this.page.navigate(url("/plans"));
		assertThat(this.page.locator("h1")).hasText("Performance plan 2026");
		audit("03-plan-english");
		this.page.navigate(url("/sop"));
		assertThat(this.page.locator(".sop-chart thead")).containsText("Quality standard");
		audit("03-sop-english");
		this.page.navigate(url("/calculator"));
		assertThat(this.page.locator("h1")).hasText("Achievement calculator");
		this.page.locator("a[hreflang=id]").click();
		assertThat(this.page.locator("h1")).hasText("Kalkulator Capaian");
		this.page.navigate(url("/"));
		assertThat(this.page.locator("#greeting")).containsText("Selamat datang");
	}

	@Test
	void aWrongPasswordGetsAClearMessage() {
		login("pbl-disperinaker.tim", "bukan-sandinya");
		assertThat(this.page.locator("#login-error"))
			.hasText("Nama pengguna atau kata sandi salah. Periksa kembali lalu coba lagi.");
		audit("04-login-wrong-password");
	}

	@Test
	void theAdminManagesUnitsInTheBrowser() {
		login("pbl.admin", DemoPassword.VALUE);
		this.page.locator("#mainNav >> text=Pengaturan").click();
		audit("05-admin");
		this.page.locator("a[href$='/admin/agencies/pbl-disperinaker/units']").first().click();
		this.page.locator("#code").fill("UPT-LK");
		this.page.locator("#name").fill("UPT Latihan Kerja");
		this.page.locator("#kind").selectOption("TECHNICAL_UNIT");
		this.page.locator("#unit-form button[type=submit]").click();
		assertThat(this.page.locator("#units-table")).containsText("UPT Latihan Kerja");
		this.page.locator("#code").fill("UPT-LK");
		this.page.locator("#name").fill("Duplikat");
		this.page.locator("#unit-form button[type=submit]").click();
		assertThat(this.page.locator("#code ~ .invalid-feedback")).containsText("sudah dipakai");
		audit("06-admin-units-duplicate");
		this.page.navigate(url("/admin/agencies/pbl-disperinaker/officials"));
		this.page.locator("#name").fill("Nina Kartika");
		this.page.locator("#position").fill("Kepala Seksi");
		this.page.locator("#nip").fill("19900101 201501 2 00");
		this.page.locator("#official-form button[type=submit]").click();
		assertThat(this.page.locator("#nip ~ .invalid-feedback")).hasText("NIP harus 18 digit angka");
		audit("07-admin-official-nip");
		this.page.navigate(url("/admin/calendar?year=2026"));
		audit("08-admin-calendar");
		this.page.navigate(url("/admin/users"));
		audit("09-admin-users");
	}

}
