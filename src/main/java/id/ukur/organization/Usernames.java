package id.ukur.organization;

import java.util.Locale;

/**
 * The one form of a username: trimmed and in lower case. Every place a username enters
 * (sign-in form, HTTP Basic, account creation and change, the first administrator) goes
 * through here, so "Pwk.Admin " and "pwk.admin" are one account for signing in, for
 * counting failed attempts and for uniqueness (migration V8_3_1 holds it in the
 * database).
 */
public final class Usernames {

	private Usernames() {
	}

	/**
	 * @return the normalised username, empty for {@code null}
	 */
	public static String normalize(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
