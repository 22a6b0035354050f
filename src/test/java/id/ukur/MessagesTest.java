package id.ukur;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from the message bundles: templates hold no hard-coded
 * text, both languages have the same keys, and every key a template names exists.
 */
class MessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label",
			"value", "data-confirm");

	/**
	 * Keys named in code or built from values at run time (roles, kinds, statuses, inbox
	 * groups).
	 */
	private static final List<String> DYNAMIC_PREFIXES = List.of("role.", "unit.kind.", "error.heading.",
			"inbox.group.", "nav.", "problem.", "validation.", "login.error.", "inbox.", "stale.", "plan.", "settings.",
			"calc.", "status.", "round.", "report.", "mail.", "access.");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> indonesian = load("messages_id.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();
		assertThat(new TreeSet<>(english)).as("keys missing in English or extra")
			.containsExactlyInAnyOrderElementsOf(new TreeSet<>(indonesian));
		for (String key : indonesian) {
			assertThat(load("messages_id.properties").getProperty(key)).as(key).isNotBlank();
			assertThat(load("messages_en.properties").getProperty(key)).as(key).isNotBlank();
		}
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = load("messages_id.properties").stringPropertyNames();
		Pattern key = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = key.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyUsedInJavaExists() throws IOException {
		Set<String> known = load("messages_id.properties").stringPropertyNames();
		Pattern key = Pattern.compile(
				"\"((?:" + String.join("|", DYNAMIC_PREFIXES).replace(".", "\\.") + ")[A-Za-z0-9_.]*[A-Za-z0-9])\"");
		Pattern braces = Pattern.compile("\\{((?:validation)\\.[A-Za-z0-9_.]+)}");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				for (Pattern pattern : List.of(key, braces)) {
					Matcher matcher = pattern.matcher(source);
					while (matcher.find()) {
						String candidate = matcher.group(1);
						if (!known.contains(candidate) && !candidate.endsWith(".")) {
							missing.add(file.getFileName() + ": " + candidate);
						}
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * A refusal (403 or 409) names the rule that decided it in the reader's language, so
	 * its message is a key of both languages, never English prose (docs/api.md).
	 */
	@Test
	void everyRefusalIsAMessageKey() throws IOException {
		Set<String> known = load("messages_id.properties").stringPropertyNames();
		Pattern refusal = Pattern.compile("new (?:Forbidden|Conflict)Exception\\(\\s*\"([^\"]*)\"");
		List<String> prose = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = refusal.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						prose.add(file.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(prose).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : document.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:replace");
				for (TextNode text : element.textNodes()) {
					if (!replaced && hasWords(text.text())) {
						offences.add(template.getFileName() + ": <" + element.tagName() + "> " + text.text().trim());
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && hasWords(attribute.getValue())
							&& !"value".equals(attribute.getKey())) {
						offences.add(template.getFileName() + ": @" + attribute.getKey() + "=" + attribute.getValue());
					}
				}
			}
		}
		assertThat(offences).isEmpty();
	}

	/**
	 * Words a reader would read: two or more letters in a row (symbols like "|" are
	 * fine).
	 */
	private static boolean hasWords(String text) {
		return text.matches("(?s).*\\p{L}{2,}.*");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((path) -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
