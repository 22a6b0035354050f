package id.ukur;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal thrown in main code carries a message key of both languages, never prose
 * (docs/api.md, "Refusal codes"): the key a {@code Forbidden}, {@code Conflict} or
 * {@code NotFound} exception is built with, and the code of each field problem of an
 * invalid input, must be keys of {@code messages_id} and {@code messages_en}; no text
 * with a space (a sentence, or a sentence glued to a value) is passed to them.
 */
class RefusalKeysTest {

	/** The exceptions whose first argument is the key. */
	private static final Pattern KEYED = Pattern
		.compile("new\\s+(?:[\\w.]+\\.)?(ForbiddenException|ConflictException|NotFoundException)\\s*\\(");

	/** The exceptions and problems built from a field name, a key and its arguments. */
	private static final Pattern FIELD_KEYED = Pattern.compile(
			"new\\s+(?:[\\w.]+\\.)?(InvalidInputException|PayloadTooLargeException|UnsupportedTypeException|FieldProblem)\\s*\\(");

	/**
	 * A text with words and a space: a sentence, or the start of one glued to a value (a
	 * separator such as {@code ", "} joining values is no prose).
	 */
	private static final Pattern PROSE = Pattern.compile("\\p{L}.*\\s|\\s.*\\p{L}");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	@Test
	void everyRefusalInMainCodeIsAKeyOfBothLanguages() throws IOException {
		Set<String> keys = keysOfBothLanguages();
		List<String> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
				offences.addAll(offences(file.getFileName().toString(), Files.readString(file), keys));
			}
		}
		assertThat(offences).as("refusals thrown with prose or with a key missing in a language").isEmpty();
	}

	/** The check itself finds what it is meant to find. */
	@Test
	void findsProseUnknownKeysAndGluedValues() {
		Set<String> keys = Set.of("plan.unknown", "validation.required");
		String source = """
				throw new ForbiddenException("Only planners may do this");
				throw new id.ukur.shared.ConflictException("plan.gone", 3);
				throw new NotFoundException("Unknown node " + code);
				throw new InvalidInputException("year", "plan.missing");
				problems.add(new FieldProblem("name", "Name is required"));
				throw new NotFoundException("plan.unknown", year);
				throw new InvalidInputException("name", "validation.required");
				throw new ConflictException(flag ? "plan.unknown" : "validation.required", x);
				throw new ForbiddenException(this.code);
				""";
		assertThat(offences("Sample.java", source, keys)).hasSize(5)
			.anyMatch((offence) -> offence.contains("Only planners"))
			.anyMatch((offence) -> offence.contains("plan.gone"))
			.anyMatch((offence) -> offence.contains("Unknown node"))
			.anyMatch((offence) -> offence.contains("plan.missing"))
			.anyMatch((offence) -> offence.contains("Name is required"));
	}

	static List<String> offences(String file, String source, Set<String> keys) {
		List<String> offences = new ArrayList<>();
		for (Pattern pattern : List.of(KEYED, FIELD_KEYED)) {
			Matcher matcher = pattern.matcher(source);
			while (matcher.find()) {
				List<String> args = arguments(source, matcher.end());
				int keyAt = (pattern == KEYED) ? 0 : 1;
				for (int i = 0; i < args.size(); i++) {
					for (String literal : literals(args.get(i))) {
						boolean prose = PROSE.matcher(literal).find();
						boolean unknownKey = i == keyAt && !keys.contains(literal);
						if (prose || unknownKey) {
							offences.add(file + ": " + matcher.group(1) + " \"" + literal + "\"");
						}
					}
				}
			}
		}
		return offences;
	}

	/**
	 * The top-level arguments of a call whose opening parenthesis ends at {@code from}.
	 */
	private static List<String> arguments(String source, int from) {
		List<String> args = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		boolean inString = false;
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (inString) {
				current.append(c);
				if (c == '\\') {
					current.append(source.charAt(++i));
				}
				else if (c == '"') {
					inString = false;
				}
				continue;
			}
			if (c == '"') {
				inString = true;
			}
			else if (c == '(' || c == '{' || c == '[') {
				depth++;
			}
			else if (c == ')' || c == '}' || c == ']') {
				if (depth == 0) {
					break;
				}
				depth--;
			}
			else if (c == ',' && depth == 0) {
				args.add(current.toString().trim());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		if (!current.toString().isBlank()) {
			args.add(current.toString().trim());
		}
		return args;
	}

	private static List<String> literals(String argument) {
		List<String> found = new ArrayList<>();
		Matcher matcher = LITERAL.matcher(argument);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Set<String> keysOfBothLanguages() throws IOException {
		Set<String> keys = new java.util.HashSet<>(load("messages_id.properties").stringPropertyNames());
		keys.retainAll(load("messages_en.properties").stringPropertyNames());
		return keys;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
