package id.ukur.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values the fuzz test sends: good values for the path variables (so that a request
 * reaches the code behind the route) and the garbage put in one place at a time.
 *
 * <p>
 * Numbers with giant exponents ({@code 1e999999}, {@code 1e-999999999}) are among the
 * garbage: docs/security.md ("Numbers: the magnitudes and scales Ukur accepts") promises
 * they are refused before anything computes with them, so here they must answer 4xx as
 * fast as any other value.
 */
final class FuzzValues {

	/** Garbage for a path variable or a query parameter, as sent (already encoded). */
	static final List<String> URL_GARBAGE = List.of("%ff", "%zz", "abc", "-1", "99999999999999999999", "%00");

	/** Garbage for a form field, as sent in a urlencoded body (already encoded). */
	static final List<String> FORM_GARBAGE = List.of("", "abc", "-1", "99999999999999999999", "%ff", "%zz", "%00",
			"x".repeat(20_000), "1e5", "2026-13-45", "25:99", "TW9", "NaN", "true", "%2C%2C", "1e999999",
			"1e-999999999");

	/** JSON values put in place of a whole body or of one property. */
	static final List<String> JSON_GARBAGE = List.of("null", "[]", "[null]", "{}", "\"x\"", "-1", "true",
			"\"" + "x".repeat(100_000) + "\"", "99999999999999999999", "\"%ff\"", "[[]]", "{\"a\":null}", "\"\\u0000\"",
			"0.000001", "\"2026-13-45\"", "1e999999", "1e-999999999", "-1E+2147483647");

	/** Whole bodies that are not JSON at all or are JSON of the wrong shape. */
	static final List<String> JSON_BODIES = List.of("null", "[]", "[null]", "{}", "\"x\"", "12", "true", "{", "{\"a\":",
			"\u0000", "{\"cases\":[null]}", "{\"rows\":[null]}", "{\"a\":[{\"b\":[null]}]}");

	/** Content types a JSON endpoint does not take, with a body that goes with each. */
	static final Map<String, String> WRONG_TYPES = Map.of("*/*", "{}", "text/plain", "{}", "application/xml", "<a/>",
			"application/x-www-form-urlencoded", "a=%zz&b=1", "multipart/form-data", "--x--",
			"application/json;charset=bogus", "{}", "*/*;q=0.1", "null");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private final Map<String, String> good;

	/**
	 * @param good good values by variable name; {@code code} and {@code id} are looked up
	 * by the path segment before them ({@code entries.code}, {@code rounds.id}) first
	 */
	FuzzValues(Map<String, String> good) {
		this.good = good;
	}

	/** The path with every variable replaced by a good value. */
	String fill(String template) {
		return fill(template, null, null);
	}

	/** The path with every variable good except {@code bad}, which gets {@code value}. */
	String fill(String template, String bad, String value) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String replacement = name.equals(bad) ? value : goodValue(template, matcher.start(), name);
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * {@code %ff} (not UTF-8 once decoded) and {@code count - 1} more values of the list
	 * chosen with the test's seeded random: keeps the test to a few thousand requests.
	 */
	static List<String> someOf(List<String> values, int count, java.util.Random random) {
		List<String> rest = new java.util.ArrayList<>(values.subList(1, values.size()));
		java.util.Collections.shuffle(rest, random);
		List<String> chosen = new java.util.ArrayList<>(List.of(values.get(0)));
		chosen.addAll(rest.subList(0, Math.min(rest.size(), count - 1)));
		return chosen;
	}

	static List<String> variables(String template) {
		return VARIABLE.matcher(template).results().map((result) -> result.group(1)).toList();
	}

	private String goodValue(String template, int at, String name) {
		String before = template.substring(0, at);
		String segment = before.endsWith("/")
				? before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1) : "";
		return this.good.getOrDefault(segment + "." + name, this.good.getOrDefault(name, "1"));
	}

	static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** A multipart body with one file part (and the boundary {@code fuzz}). */
	static byte[] multipart(String field, String fileName, byte[] content) {
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(bytes("--fuzz\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
		body.writeBytes(content);
		body.writeBytes(bytes("\r\n--fuzz--\r\n"));
		return body.toByteArray();
	}

	static final String MULTIPART = "multipart/form-data; boundary=fuzz";

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
