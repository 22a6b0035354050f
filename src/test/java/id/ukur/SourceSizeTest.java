package id.ukur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The house limits on size (issue 14): no main Java file over 300 lines, no method over
 * 50, no template over 300 lines — so that a reader finds a rule in a file that fits in a
 * head. Methods are measured from the line of their name to their closing brace by a
 * scanner that skips comments, strings and text blocks and matches braces.
 */
class SourceSizeTest {

	static final int MAX_FILE_LINES = 300;

	static final int MAX_METHOD_LINES = 50;

	/** Files allowed over the limits: none (issue 14 split the last ones). */
	static final Set<String> ALLOWED_JAVA = Set.of();

	static final Set<String> ALLOWED_TEMPLATES = Set.of();

	private static final Path JAVA = Path.of("src/main/java");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized",
			"try", "return", "else", "do", "new", "throw", "assert", "record", "class", "interface", "enum");

	private static final Pattern NAME_BEFORE = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*$");

	private static final Pattern THROWS = Pattern.compile("\\s+throws\\s+[\\w.<>,\\s]+$");

	private static final Pattern ANONYMOUS = Pattern.compile("\\bnew(\\s+[\\w.<>?,\\s\\[\\]]*)?$");

	@Test
	void noMainJavaFileIsTooLong() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : files(JAVA, ".java")) {
			long lines = lines(file).size();
			if (lines > MAX_FILE_LINES && !ALLOWED_JAVA.contains(name(JAVA, file))) {
				tooLong.add(name(JAVA, file) + ": " + lines + " lines");
			}
		}
		assertThat(tooLong).as("main Java files over %d lines", MAX_FILE_LINES).isEmpty();
	}

	@Test
	void noMainMethodIsTooLong() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : files(JAVA, ".java")) {
			if (ALLOWED_JAVA.contains(name(JAVA, file))) {
				continue;
			}
			for (Method method : methods(Files.readString(file, StandardCharsets.UTF_8))) {
				if (method.lines() > MAX_METHOD_LINES) {
					tooLong.add(name(JAVA, file) + ":" + method.line() + " " + method.name() + ": " + method.lines()
							+ " lines");
				}
			}
		}
		assertThat(tooLong).as("main methods over %d lines", MAX_METHOD_LINES).isEmpty();
	}

	@Test
	void noTemplateIsTooLong() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			long lines = lines(file).size();
			if (lines > MAX_FILE_LINES && !ALLOWED_TEMPLATES.contains(name(TEMPLATES, file))) {
				tooLong.add(name(TEMPLATES, file) + ": " + lines + " lines");
			}
		}
		assertThat(tooLong).as("templates over %d lines", MAX_FILE_LINES).isEmpty();
	}

	@Test
	void theScannerMeasuresMethodsAndSkipsWhatOnlyLooksLikeThem() {
		String source = """
				class A {
					@Deprecated(since = "1")
					<T> java.util.List<T> first(int a) throws java.io.IOException, RuntimeException {
						if (a > 0) {
							Runnable r = () -> {
							};
						}
						String s = "{ not a brace";
						/* } nor this */
						Object o = new Object() {
							@Override
							public String toString() {
								return "}";
							}
						};
						return null;
					}

					A(String b) {
					}

					record R(int x) implements java.io.Serializable {
					}
				}
				""";
		assertThat(methods(source)).containsExactly(new Method("toString", 12, 3), new Method("first", 3, 15),
				new Method("A", 19, 2));
		String longOne = "class B {\n\tvoid tooLong() {\n" + "\t\tfoo();\n".repeat(MAX_METHOD_LINES - 1) + "\t}\n}\n";
		assertThat(methods(longOne)).containsExactly(new Method("tooLong", 2, MAX_METHOD_LINES + 1));
	}

	/** The methods and constructors of a source, in the order their bodies close. */
	static List<Method> methods(String source) {
		String code = blankCommentsAndLiterals(source);
		List<Method> methods = new ArrayList<>();
		Deque<Method> open = new ArrayDeque<>();
		int statementStart = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '{') {
				open.push(opened(code, statementStart, i));
				statementStart = i + 1;
			}
			else if (c == '}') {
				Method method = open.pop();
				if (method.name() != null) {
					methods.add(new Method(method.name(), method.line(), lineOf(code, i) - method.line() + 1));
				}
				statementStart = i + 1;
			}
			else if (c == ';') {
				statementStart = i + 1;
			}
		}
		return methods;
	}

	/**
	 * What a brace opens: a method (with its name and line) when the text before it ends
	 * in a parameter list (and a throws clause) after a name that is no keyword and no
	 * anonymous class; otherwise a block without a name.
	 */
	private static Method opened(String code, int start, int brace) {
		String header = THROWS.matcher(code.substring(start, brace).stripTrailing()).replaceFirst("");
		Method block = new Method(null, 0, 0);
		if (!header.endsWith(")")) {
			return block;
		}
		int depth = 0;
		int open = header.length() - 1;
		for (; open >= 0; open--) {
			char c = header.charAt(open);
			depth += (c == ')') ? 1 : (c == '(') ? -1 : 0;
			if (depth == 0) {
				break;
			}
		}
		Matcher name = NAME_BEFORE.matcher(header.substring(0, Math.max(open, 0)));
		if (open < 0 || !name.find() || NOT_METHODS.contains(name.group(1))) {
			return block;
		}
		String before = header.substring(0, name.start()).stripTrailing();
		if (before.endsWith(".") || before.endsWith("@") || ANONYMOUS.matcher(before).find()
				|| before.matches("(?s).*\\b(record|class|interface|enum)$")) {
			return block;
		}
		return new Method(name.group(1), lineOf(code, start + name.start()), 0);
	}

	/**
	 * The source with comments, strings, characters and text blocks blanked, lines kept.
	 */
	private static String blankCommentsAndLiterals(String source) {
		StringBuilder out = new StringBuilder(source.length());
		int i = 0;
		while (i < source.length()) {
			int end = literalEnd(source, i);
			if (end < 0) {
				out.append(source.charAt(i++));
				continue;
			}
			for (int j = i; j < end; j++) {
				out.append((source.charAt(j) == '\n') ? '\n' : ' ');
			}
			i = end;
		}
		return out.toString();
	}

	/**
	 * Where a comment or literal starting at {@code i} ends, or -1 when none starts
	 * there.
	 */
	private static int literalEnd(String s, int i) {
		if (s.startsWith("//", i)) {
			int end = s.indexOf('\n', i);
			return (end < 0) ? s.length() : end;
		}
		if (s.startsWith("/*", i)) {
			int end = s.indexOf("*/", i + 2);
			return (end < 0) ? s.length() : end + 2;
		}
		if (s.startsWith("\"\"\"", i)) {
			int end = s.indexOf("\"\"\"", i + 3);
			return (end < 0) ? s.length() : end + 3;
		}
		char c = s.charAt(i);
		if (c != '"' && c != '\'') {
			return -1;
		}
		int j = i + 1;
		while (j < s.length() && s.charAt(j) != c) {
			j += (s.charAt(j) == '\\') ? 2 : 1;
		}
		return Math.min(j + 1, s.length());
	}

	private static int lineOf(String code, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (code.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static List<Path> files(Path root, String ending) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter((p) -> p.toString().endsWith(ending)).sorted().toList();
		}
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}

	private static String name(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	/** A method's name, the line of its name and its length in lines. */
	record Method(String name, int line, int lines) {
	}

}
