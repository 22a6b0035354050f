package id.ukur.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a unit's staff and the team use on a 390 px phone (README.md, "Accessibility
 * and phones"): the Beranda, the unit form, the round page and the validation page never
 * scroll sideways, and their primary inputs (the Realisasi input, the step's complete
 * button, the accept and return buttons) lie inside the screen. Each page is also audited
 * by axe in both languages. A Lima Puluh Kota round of TW I 2028 (no other test orders
 * that year; the 2026 plan is copied to it).
 */
class PhoneBrowserIT extends BrowserTest {

	private static final String AGENCY = "lpk-disperinaker";

	private static final int YEAR = 2028;

	private static final String UNIT = "PERINDUSTRIAN";

	/**
	 * The outermost elements that reach past the screen's right edge and are not inside a
	 * box that scrolls or clips them: what makes the page scroll sideways.
	 */
	private static final String WIDEST = """
			() => { const w = window.innerWidth; const out = [];
			  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			    + ((typeof el.className === 'string' && el.className.trim()) ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
			  for (const el of document.querySelectorAll('body *')) {
			    const r = el.getBoundingClientRect();
			    const right = Math.max(r.right, r.left + el.scrollWidth);
			    if (right <= w + 1) continue;
			    // an absolutely placed element escapes the overflow of a box that is not placed
			    let p = el.parentElement, clipped = false;
			    if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) p = null;
			    while (p && p !== document.body) {
			      if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= w + 1) { clipped = true; break; }
			      p = p.parentElement;
			    }
			    if (clipped || el.parentElement.getBoundingClientRect().right > w + 1) continue;
			    out.push(name(el) + ' to ' + Math.round(right) + ' px');
			  }
			  return { scroll: document.documentElement.scrollWidth, inner: w, widest: out.slice(0, 6).join(', ') };
			}""";

	/** What lies off-screen or scrolls sideways, for every page, reported at once. */
	private final List<String> offScreen = new ArrayList<>();

	/**
	 * A 390 × 844 screen; not Playwright's mobile emulation, which would zoom a too wide
	 * page out to fit and hide the sideways scroll this test looks for.
	 */
	@Override
	protected Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setViewportSize(390, 844);
	}

	@Test
	void theRoundPagesFitAPhone() {
		RoundDriver round = rounds(AGENCY);
		copyPlan(round);
		round.order("kepala", YEAR, "TW1", null);
		long id = round.id();

		as("sekretaris");
		this.page.navigate(url("/rounds/" + id));
		look("phone-01-round-secretary", "#complete-step");
		round.completeStep("sekretaris", 2, "Notulen rapat arahan");
		round.completeStep("tim", 3, "Rencana kegiatan pengukuran");
		round.completeStep("tim", 4, "Metodologi pengukuran capaian");

		as(UNIT.toLowerCase(Locale.ROOT) + ".staf");
		look("phone-02-home-unit-staff");
		this.page.navigate(url("/rounds/" + id + "/units/" + UNIT));
		look("phone-03-unit-form", "[id^=actual-]");
		this.page.locator("[id^=actual-]").first().fill("12");
		this.page.navigate(url("/rounds/" + id));
		look("phone-04-round-unit-staff");

		round.fillAndSubmitAll(RoundDriver::onTarget);
		as("tim");
		look("phone-05-home-team");
		this.page.navigate(url("/rounds/" + id));
		look("phone-06-round-team");
		focusRingOfTheTabs();
		this.page.navigate(url("/rounds/" + id + "/validation"));
		look("phone-07-validation", "#accept-all", "button.accept", ".return-details summary");

		assertThat(this.offScreen).as("what scrolls sideways or lies off a 390 px screen").isEmpty();
	}

	/**
	 * Audits the page and records whether it scrolls sideways and whether the first of
	 * each primary input lies inside the screen's width.
	 */
	private void look(String name, String... primaries) {
		this.page.waitForLoadState(LoadState.LOAD);
		audit(name);
		Map<String, Object> widths = widths();
		int inner = width(widths, "inner");
		int scroll = width(widths, "scroll");
		if (scroll > inner) {
			this.offScreen.add(name + ": the page is " + scroll + " px wide on a " + inner + " px screen, because of "
					+ widths.get("widest"));
		}
		for (String primary : primaries) {
			Locator first = this.page.locator(primary).first();
			if (first.count() == 0) {
				this.offScreen.add(name + ": no " + primary + " on the page");
				continue;
			}
			var box = first.boundingBox();
			if (box == null || box.x < 0 || box.x + box.width > inner) {
				this.offScreen.add(name + ": " + primary + " lies outside the screen ("
						+ ((box == null) ? "hidden" : box.x + " to " + (box.x + box.width)) + " of " + inner + " px)");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> widths() {
		return (Map<String, Object>) this.page.evaluate(WIDEST);
	}

	private static int width(Map<String, Object> widths, String key) {
		return ((Number) widths.get(key)).intValue();
	}

	/**
	 * A round tab reached with the keyboard shows a solid outline of the dark primary
	 * colour, at least 3:1 against the page (WCAG 2.4.7, 1.4.11).
	 */
	private void focusRingOfTheTabs() {
		Locator tab = this.page.locator("#round-tabs .nav-link").nth(1);
		this.page.locator("#round-tabs .nav-link").first().focus();
		this.page.keyboard().press("Tab");
		@SuppressWarnings("unchecked")
		Map<String, Object> ring = (Map<String, Object>) tab
			.evaluate("(el) => ({ focused: document.activeElement === el,"
					+ " style: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth,"
					+ " colour: getComputedStyle(el).outlineColor })");
		screenshot("phone-06b-round-tab-focus");
		assertThat(ring).containsEntry("focused", true)
			.containsEntry("style", "solid")
			.containsEntry("width", "3px")
			.containsEntry("colour", "rgb(10, 67, 75)");
	}

	private void as(String who) {
		this.page.context().clearCookies();
		login(AGENCY + "." + who, DemoPassword.VALUE);
	}

	/** The demo plan of 2026 as the plan of the test's year. */
	private static void copyPlan(RoundDriver round) {
		ObjectNode plan = (ObjectNode) RoundDriver
			.ok(round.as("perencana").get("/api/v1/agencies/" + AGENCY + "/plans/2026"));
		plan.put("year", YEAR);
		plan.remove("version");
		RoundDriver.ok(round.as("perencana").put("/api/v1/agencies/" + AGENCY + "/plans/" + YEAR, plan.toString()));
	}

}
