package id.ukur.organization.internal;

/**
 * What a password must be: at least 8 characters, a letter and a digit, not the username.
 */
final class PasswordPolicy {

	private PasswordPolicy() {
	}

	static String problem(String password, String username) {
		if (password == null || password.length() < 8) {
			return "validation.password.length";
		}
		if (password.length() > 128) {
			return "validation.password.tooLong";
		}
		if (!password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
			return "validation.password.mix";
		}
		if (password.equalsIgnoreCase(username)) {
			return "validation.password.username";
		}
		return null;
	}

}
