package id.ukur.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.ukur.organization.UserAccounts;
import id.ukur.support.Api;
import id.ukur.support.Axe;
import id.ukur.support.BrowserTest;
import id.ukur.support.DemoPassword;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The LKjIP page in Chromium on the LKjIP tests' own database (sealed TW IV rounds of
 * 2025 and 2026): the head opens it from the agency's page, opens a progress to its
 * explanation; desktop (1366) and phone (390) screenshots in {@code target/screenshots}.
 * It drives Chromium itself as {@link BrowserTest} does, since a subclass of that base
 * cannot move to a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.demo.history=false", "ukur.security.signin.first-delay=1m" })
class LkjipBrowserIT {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		LkjipDatabase.register(registry);
	}

	@Test
	void theHeadReadsTheTablesOnDesktopAndPhone() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM), "no Chromium at " + BrowserTest.CHROMIUM);
		LkjipRounds.sealed(2025, this::tokens);
		LkjipRounds.sealed(2026, this::tokens);
		List<String> errors = new CopyOnWriteArrayList<>();
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(BrowserTest.CHROMIUM)
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu")));
				BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860)
					.setLocale("id-ID")
					.setTimezoneId("Asia/Jakarta"))) {
			context.onConsoleMessage((m) -> {
				if ("error".equals(m.type())) {
					errors.add(m.text());
				}
			});
			context.onWebError((e) -> errors.add("uncaught: " + e.error()));
			Page page = context.newPage();
			readTables(page);
		}
		assertThat(errors).as("browser console errors (CSP, scripts)").isEmpty();
	}

	private void readTables(Page page) {
		page.navigate(url("/login"));
		page.locator("#username").fill(LkjipRounds.AGENCY + ".kepala");
		page.locator("#password").fill(DemoPassword.VALUE);
		page.locator("#login-submit").click();
		page.waitForLoadState();
		page.navigate(url("/agencies/" + LkjipRounds.AGENCY));
		page.locator("#agency-lkjip").click();
		page.locator("#lkjip-years >> text=2026").click();
		assertThat(page.locator("h1")).containsText("Tabel Bab III LKjIP 2026");
		assertThat(page.locator("#lkjip-source")).containsText("disegel");
		page.locator("#lkjip-IKU-01 .end-progress summary").click();
		assertThat(page.locator("#lkjip-IKU-01 .end-progress .explain-body")).containsText("target akhir Renstra");
		assertThat(page.locator("#lkjip-IKU-01 .past-achievement")).not().isEmpty();
		assertThat(page.locator("table th[scope]")).not().hasCount(0);
		assertThat(Axe.violations(page)).as("axe on the LKjIP tables").isEmpty();
		shot(page, "50-lkjip-desktop");
		page.setViewportSize(390, 844);
		page.reload();
		assertThat(page.locator("#lkjip-docx")).isVisible();
		shot(page, "51-lkjip-phone");
	}

	private static void shot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private Api tokens(String username) {
		String token = TOKENS.computeIfAbsent(LkjipDatabase.URL + "|" + username, (key) -> this.accounts
			.createToken(this.accounts.byUsername(username).orElseThrow(), "lkjip browser test"));
		return Api.withToken(this.port, token);
	}

}
