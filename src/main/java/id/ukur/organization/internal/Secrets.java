package id.ukur.organization.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random temporary passwords and API tokens, and the digest under which tokens are
 * stored.
 */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private Secrets() {
	}

	static String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		// a digit and a letter always, so the policy accepts it
		return password.append(RANDOM.nextInt(10)).append('k').toString();
	}

	static String apiToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "ukr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
