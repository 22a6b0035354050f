package id.ukur.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.Axe;
import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;
import org.junit.jupiter.api.Test;

/**
 * The letterhead page as an administrator sees it, at 1366 px and on a 390 px phone: the
 * public-address warning, a refused e-mail named beside its field with the form kept, and
 * no WCAG A/AA finding. Nothing is saved: the shared database's letterheads stay empty.
 */
class LetterheadBrowserIT extends BrowserTest {

	@Test
	void theLetterheadFormNamesARefusedFieldAndKeepsTheForm() {
		login("lmg.admin", DemoPassword.VALUE);
		this.page.navigate(url("/admin"));
		assertThat(this.page.locator("#base-url-warning").textContent()).contains("ukur.base-url");
		this.page.locator("#letterhead-link").click();
		this.page.waitForLoadState();
		this.page.locator("#address").fill("Jl. Kombespol M. Duryat No. 7, Lamongan");
		this.page.locator("#phone").fill("(0322) 321-000");
		this.page.locator("#email").fill("pemkab@lamongan");
		this.page.locator("#letterhead-form button[type=submit]").click();
		this.page.waitForLoadState();
		assertThat(this.page.locator("#email.is-invalid + .invalid-feedback").textContent())
			.contains("Surel tidak valid");
		assertThat(this.page.locator("#address").inputValue()).isEqualTo("Jl. Kombespol M. Duryat No. 7, Lamongan");
		assertThat(Axe.violations(this.page)).isEmpty();
		screenshot("letterhead-refused");
		this.page.setViewportSize(390, 844);
		assertThat((Boolean) this.page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on a phone")
			.isTrue();
		screenshot("letterhead-phone");
	}

}
