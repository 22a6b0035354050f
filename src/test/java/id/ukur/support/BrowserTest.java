package id.ukur.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

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

	/**
	 * What the browser reported as broken on this test's pages: console errors and
	 * uncaught scripts.
	 */
	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	/**
	 * The serious and critical axe findings of this test's audited pages, each with the
	 * page's name and language; the test fails on them after it ran to its end.
	 */
	private final List<String> accessibility = new CopyOnWriteArrayList<>();

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
		this.context = browser.newContext(contextOptions());
		this.context.setDefaultTimeout(15_000);
		this.consoleErrors.clear();
		this.accessibility.clear();
		this.context.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && !isAnswerStatus(message.text())) {
				this.consoleErrors.add(message.location() + ": " + message.text());
			}
		});
		this.context.onWebError((error) -> this.consoleErrors.add("uncaught: " + error.error()));
		this.context.onResponse((response) -> {
			if (isBroken(response.status(), response.request().resourceType())) {
				this.consoleErrors.add(response.status() + " for " + response.url());
			}
		});
		this.page = this.context.newPage();
	}

	/** A 1366 px desktop in Indonesian and Jakarta time; the phone tests narrow it. */
	protected Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setViewportSize(1366, 860)
			.setLocale("id-ID")
			.setTimezoneId("Asia/Jakarta");
	}

	@AfterEach
	void closeContext() {
		try {
			assertThat(this.consoleErrors).as("errors in the browser console (a CSP refusal, a broken script)")
				.isEmpty();
			assertThat(this.accessibility).as("serious or critical axe findings (README.md, Accessibility and phones)")
				.isEmpty();
		}
		finally {
			if (this.context != null) {
				this.context.close();
			}
		}
	}

	/**
	 * Chromium logs every 4xx/5xx answer as "Failed to load resource"; the answers
	 * themselves are judged by {@link #isBroken}, since the tests open refused and
	 * missing pages on purpose.
	 */
	private static boolean isAnswerStatus(String text) {
		return text.startsWith("Failed to load resource: the server responded with a status of");
	}

	/**
	 * A page may answer 4xx (a refusal the page explains), never 5xx; its parts never
	 * fail.
	 */
	static boolean isBroken(int status, String resourceType) {
		return status >= 500 || (status >= 400 && !"document".equals(resourceType));
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

	/**
	 * Photographs the page and runs axe on it as it is, then on the same address in the
	 * other language (in a second tab of the same session, so this page keeps what was
	 * typed or opened in it), and switches the session's language back. Serious and
	 * critical findings fail the test at its end; minor and moderate ones are printed.
	 */
	protected void audit(String name) {
		screenshot(name);
		String language = this.page.evaluate("() => document.documentElement.lang").toString();
		check(name, language, this.page);
		String other = "en".equals(language) ? "id" : "en";
		Page second = this.page.context().newPage();
		try {
			Response response = second.navigate(withLanguage(this.page.url(), other));
			if (response != null && response.status() < 400) {
				second.waitForLoadState(LoadState.LOAD);
				check(name, other, second);
				second.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + other + ".png"))
					.setFullPage(true));
			}
			else {
				System.out.println("axe [" + name + ", " + other + "] not checked: the address answers "
						+ ((response != null) ? response.status() : "nothing") + " to a second visit");
			}
			// back in the page's language, and photographed as a 390 px phone shows it
			second.setViewportSize(390, 844);
			second.navigate(withLanguage(this.page.url(), language));
			phone(name, second);
		}
		finally {
			second.close();
		}
	}

	/**
	 * The phone picture of an audited page, and whether the page scrolls sideways there
	 * (printed; the phone test fails on it for the pages units and teams use on a phone).
	 */
	private static void phone(String name, Page on) {
		on.waitForLoadState(LoadState.LOAD);
		on.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-390.png")).setFullPage(true));
		Object width = on.evaluate("() => document.documentElement.scrollWidth");
		if (((Number) width).intValue() > 390) {
			System.out.println("phone [" + name + "] scrolls sideways: " + width + " px wide at 390 px");
		}
	}

	private void check(String name, String language, Page on) {
		for (Axe.Finding finding : Axe.findings(on)) {
			String line = "[" + name + ", " + language + "] " + finding;
			if (finding.fails()) {
				this.accessibility.add(line);
			}
			System.out.println((finding.fails() ? "axe FAIL " : "axe info ") + line);
		}
	}

	static String withLanguage(String address, String language) {
		String bare = address.replaceAll("#.*$", "").replaceAll("([?&])lang=[a-z]*&?", "$1").replaceAll("[?&]$", "");
		return bare + (bare.contains("?") ? "&" : "?") + "lang=" + language;
	}

	protected void screenshot(String name) {
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
