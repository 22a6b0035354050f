package id.ukur.support;

import java.util.EnumSet;
import java.util.Set;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.organization.UserAccounts;
import id.ukur.organization.UserCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users a test makes for itself, so that it may lock, deactivate or reset them without
 * touching the demo accounts: added by the region's administrator through the API, with
 * the temporary password already replaced by {@link #PASSWORD} through the API.
 */
public final class OwnUsers {

	public static final String PASSWORD = "Tiga ekor kucing oranye";

	private OwnUsers() {
	}

	/**
	 * @return a fresh username with this prefix (unique per run of the database)
	 */
	public static String name(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime() % 2_000_000_000L, 36);
	}

	/**
	 * Adds an auditor of the admin's region and replaces its temporary password.
	 * @return the username
	 */
	public static String auditor(int port, Api regionAdmin, String region, String prefix) {
		String username = name(prefix);
		Api.Response created = regionAdmin.post("/api/v1/regions/" + region + "/users",
				"{\"username\":\"" + username + "\",\"displayName\":\"Uji " + prefix + "\",\"roles\":[\"AUDITOR\"]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		replace(port, username, created.json().get("temporaryPassword").asString());
		return username;
	}

	/**
	 * An installation operator: only another installation administrator may add one, and
	 * the demo has none, so it is added through the service in the name of one.
	 */
	public static String installationAdmin(int port, UserAccounts accounts, String region) {
		CurrentUser operator = new CurrentUser(0, "operator", "", "Operator", 0, region, null, null, null, null,
				EnumSet.of(Role.INSTALLATION_ADMIN), true);
		String username = name("operator");
		String temporary = accounts
			.createUser(operator, region,
					new UserCommand(username, "Operator " + username, null, null, null, null,
							Set.of(Role.ADMIN, Role.INSTALLATION_ADMIN), null))
			.temporaryPassword();
		replace(port, username, temporary);
		return username;
	}

	/** Replaces a temporary password with {@link #PASSWORD} through the API. */
	public static void replace(int port, String username, String temporary) {
		Api.Response changed = Api.withBasic(port, username, temporary)
			.put("/api/v1/profile/password",
					"{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + PASSWORD + "\"}");
		assertThat(changed.status()).as(changed.body()).isEqualTo(204);
	}

}
