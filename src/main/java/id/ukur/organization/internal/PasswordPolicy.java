package id.ukur.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a chosen password must be (docs/security.md, "Sign-in"): long enough, not one of
 * the passwords everybody tries first, not the username, not one character repeated.
 * Length and a list of common passwords, not rules of character classes: those make
 * passwords hard to remember and barely harder to guess. The demo accounts' password is
 * set by the demo loader and never passes through here.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = load("/security/common-passwords.txt");

	private PasswordPolicy() {
	}

	/**
	 * @return the message code of the first rule the password breaks, {@code null} when
	 * it is acceptable
	 */
	static String problem(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "validation.password.length";
		}
		if (password.length() > MAX_LENGTH) {
			return "validation.password.tooLong";
		}
		if (password.codePoints().distinct().count() == 1) {
			return "validation.password.oneCharacter";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		if (name.length() >= 3 && lower.contains(name)) {
			return "validation.password.username";
		}
		if (common(lower)) {
			return "validation.password.common";
		}
		return null;
	}

	/**
	 * A listed password, also with a padding of digits and signs added at its end or
	 * start ("Rahasia2026!", "123bismillah"): the padding is what people add when asked
	 * for a longer password.
	 */
	private static boolean common(String lower) {
		if (COMMON.contains(lower)) {
			return true;
		}
		String core = lower.replaceAll("^[\\d\\W_]+", "").replaceAll("[\\d\\W_]+$", "");
		return core.length() >= 4 && COMMON.contains(core);
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> words.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
