package id.ukur.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.microsoft.playwright.Page;

/**
 * axe-core (from the test class path) run in the page as it is, under its CSP: the script
 * is evaluated through the browser's debugging protocol, not added as a tag, so the
 * page's policy is never loosened. Only WCAG 2.1 A/AA rules run; a finding's impact
 * (minor, moderate, serious, critical) decides whether the browser tests fail on it
 * (README.md, "Accessibility and phones").
 */
public final class Axe {

	private static final String SOURCE = load();

	private static final String RUN = """
			async () => {
			  const r = await axe.run(document, { runOnly: { type: 'tag',
			    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
			  return r.violations.map((v) => ({ rule: v.id, impact: v.impact || 'minor', help: v.help,
			    nodes: v.nodes.map((n) => {
			      const d = (n.any.concat(n.all, n.none).find((c) => c.data && c.data.contrastRatio) || {}).data;
			      const detail = d ? ' (' + d.fgColor + ' on ' + d.bgColor + ' = ' + d.contrastRatio + ':1)' : '';
			      return n.target.join(' ') + detail;
			    }) }));
			}""";

	private Axe() {
	}

	/**
	 * One broken rule on a page: its impact, what it asks, and the elements that break
	 * it.
	 */
	public record Finding(String rule, String impact, String help, List<String> nodes) {

		/** Serious and critical findings fail a test; minor and moderate are reported. */
		public boolean fails() {
			return "serious".equals(this.impact) || "critical".equals(this.impact);
		}

		@Override
		public String toString() {
			Map<String, Long> colours = this.nodes.stream()
				.filter((node) -> node.endsWith(":1)"))
				.map((node) -> node.substring(node.lastIndexOf(" (") + 1))
				.collect(Collectors.groupingBy((colour) -> colour, TreeMap::new, Collectors.counting()));
			return this.impact + " " + this.rule + " (" + this.help + ", " + this.nodes.size() + "): "
					+ String.join(" | ", this.nodes.subList(0, Math.min(8, this.nodes.size())))
					+ (colours.isEmpty() ? "" : "; colours " + colours);
		}

	}

	/**
	 * @return the WCAG 2.1 A/AA findings on the page as it is now
	 */
	@SuppressWarnings("unchecked")
	public static List<Finding> findings(Page page) {
		page.evaluate("() => { " + SOURCE + "\n}");
		List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate(RUN);
		List<Finding> findings = new ArrayList<>();
		for (Map<String, Object> v : raw) {
			findings.add(new Finding((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
					(List<String>) v.get("nodes")));
		}
		return findings;
	}

	/**
	 * @return the WCAG 2.1 A/AA violations of any impact, one line per rule with the
	 * elements that break it; empty when there are none
	 */
	public static String violations(Page page) {
		return String.join("\n", findings(page).stream().map(Finding::toString).toList());
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
