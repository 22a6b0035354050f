package id.ukur.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;

/**
 * axe-core (from the test class path) run in the page as it is, under its CSP: the script
 * is evaluated through the browser's debugging protocol, not added as a tag, so the
 * page's policy is never loosened.
 */
public final class Axe {

	private static final String SOURCE = load();

	private Axe() {
	}

	/**
	 * @return the WCAG 2.1 A/AA violations, one line per rule with the elements that
	 * break it; empty when there are none
	 */
	public static String violations(Page page) {
		page.evaluate("() => { " + SOURCE + "\n}");
		Object result = page.evaluate("async () => { const r = await axe.run(document, { runOnly: { type: 'tag',"
				+ " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });"
				+ " return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' '))"
				+ ".slice(0, 5).join(' | ')).join('\\n'); }");
		return (String) result;
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is missing from the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
