package id.ukur.round;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.ukur.support.Axe;
import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of the validation page (evidence previews, the marks of "accept all
 * except") and of the review/signature panel with the report's pages, at 1366 px and on a
 * 390 px phone, to target/screenshots; every picture loaded, and axe finds no unlabelled
 * image, checkbox, link or button there. Skipped without Chromium, as browser tests are.
 */
final class PreviewScreens {

	/** The axe rules about what this change adds: pictures, marks, links and buttons. */
	private static final List<String> RULES = List.of("image-alt", "label", "link-name", "button-name",
			"image-redundant-alt", "scrollable-region-focusable", "nested-interactive");

	private PreviewScreens() {
	}

	/**
	 * @param shots per screenshot name: the user, the path and the element to show
	 */
	static void take(int port, Map<String, String[]> shots) {
		if (!Files.isExecutable(BrowserTest.CHROMIUM)) {
			return;
		}
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(BrowserTest.CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu")));
			for (int width : new int[] { 1366, 390 }) {
				shots.forEach(
						(name, shot) -> shoot(browser, port, width, shot[0], shot[1], shot[2], name + "-" + width));
			}
			browser.close();
		}
	}

	private static void shoot(Browser browser, int port, int width, String user, String path, String shown,
			String name) {
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(width, (width > 500) ? 860 : 844)
				.setLocale("id-ID")
				.setTimezoneId("Asia/Jakarta"))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/login");
			page.locator("#username").fill(user);
			page.locator("#password").fill(DemoPassword.VALUE);
			page.locator("#login-submit").click();
			page.waitForLoadState();
			page.navigate("http://localhost:" + port + path);
			page.locator(shown).first().scrollIntoViewIfNeeded();
			// lazy pictures: bring each into view so it loads, then check it did
			for (int i = 0; i < page.locator(shown + " img").count(); i++) {
				page.locator(shown + " img").nth(i).scrollIntoViewIfNeeded();
			}
			page.waitForFunction("(s) => [...document.querySelectorAll(s + ' img')]"
					+ ".every((i) => i.complete && i.naturalWidth > 0)", shown);
			page.evaluate("(s) => document.querySelectorAll(s + ' .report-pages').forEach((e) => e.scrollTop = 0)",
					shown);
			page.locator(shown).first().scrollIntoViewIfNeeded();
			assertThat(page.locator(shown + " img").count()).as(name + ": pictures").isPositive();
			String mine = Arrays.stream(Axe.violations(page).split("\n"))
				.filter((line) -> RULES.stream().anyMatch((rule) -> line.startsWith(rule + ":")))
				// a scrolled region is this change's only where it is the report's pages
				.filter((line) -> !line.startsWith("scrollable-region-focusable:") || line.contains("report-pages"))
				.collect(Collectors.joining("\n"));
			assertThat(mine).as("axe on " + name).isEmpty();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + "-full.png"))
				.setFullPage(true));
		}
	}

}
