package id.ukur.round;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of the plausibility warnings (the unit's form, the team's validation page)
 * at 1366 px and on a 390 px phone, to target/screenshots; skipped without Chromium, as
 * browser tests are.
 */
final class WarningScreens {

	private WarningScreens() {
	}

	static void take(int port, String unitUser, String unitPath, String teamUser, String teamPath, String code,
			String recapPath) {
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
				shoot(browser, port, width, unitUser, unitPath, "warnings-unit-form-" + width, code);
				shoot(browser, port, width, teamUser, teamPath, "warnings-validation-" + width, code);
				shoot(browser, port, width, teamUser, recapPath, "warnings-recap-" + width, null);
			}
			browser.close();
		}
	}

	private static void shoot(Browser browser, int port, int width, String user, String path, String name,
			String code) {
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
			String shown = (code != null) ? ".value-warnings" : ".projection";
			assertThat(page.locator(shown).count()).isPositive();
			page.locator(shown).first().scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + "-full.png"))
				.setFullPage(true));
		}
	}

}
