package id.ukur.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser tests: Ukur on a random port driven by Debian's Chromium through
 * Playwright. Without Chromium the tests are skipped with a message saying how to install
 * it.
 */
public abstract class BrowserTest extends IntegrationTest {

	public static final Path CHROMIUM = Path.of(System.getProperty("ukur.chromium", "/usr/bin/chromium"));

	protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launch() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Browser tests skipped: no Chromium at " + CHROMIUM
				+ ". Install it with 'sudo apt-get install -y chromium' (CI's .ci/run does this).");
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860)
			.setLocale("id-ID")
			.setTimezoneId("Asia/Jakarta"));
		this.context.setDefaultTimeout(15_000);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void login(String username, String password) {
		this.page.navigate(url("/login"));
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(password);
		this.page.locator("#login-submit").click();
		this.page.waitForLoadState();
	}

	protected void screenshot(String name) {
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
