package id.ukur.web;

import java.util.Map;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import id.ukur.support.OwnUsers;
import id.ukur.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session lasts only as long as what it was opened with (docs/security.md, "Sessions"):
 * deactivating a user, changing or resetting its password end its sessions on every node,
 * and a temporary password is replaced before anything else, on the pages and in the API.
 * Each test uses its own user of Purwakarta.
 */
class SessionsEndIT extends IntegrationTest {

	private static final String OTHER_PASSWORD = "Dua ekor kucing hitam";

	@Autowired
	private UserAccounts accounts;

	private String ownUser(String prefix) {
		return OwnUsers.auditor(this.port, tokenApi("pwk.admin"), "pwk", prefix);
	}

	private CurrentUser admin() {
		return this.accounts.byUsername("pwk.admin").orElseThrow();
	}

	private CurrentUser user(String username) {
		return this.accounts.byUsername(username).orElseThrow();
	}

	private long sessionsOf(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	@Test
	void deactivationEndsEverySessionOfTheUser() {
		String username = ownUser("nonaktif");
		WebSession first = web();
		WebSession second = web();
		assertThat(first.login(username, OwnUsers.PASSWORD).path()).isEqualTo("/");
		assertThat(second.login(username, OwnUsers.PASSWORD).path()).isEqualTo("/");
		assertThat(second.get("/profile").path()).isEqualTo("/profile");
		assertThat(sessionsOf(username)).isEqualTo(2);

		this.accounts.setUserActive(admin(), user(username).id(), false);

		WebSession.Page save = second.submit("/profile/tokens", Map.of("name", "Sesudah dinonaktifkan"));
		// the session and the form token it held are gone: the save is refused
		assertThat(save.status()).as("the open session's save").isEqualTo(403);
		assertThat(this.accounts.tokens(user(username))).isEmpty();
		assertThat(first.get("/profile").path()).isEqualTo("/login");
		assertThat(sessionsOf(username)).isZero();
	}

	@Test
	void aPasswordChangeEndsTheOtherSessionsButNotTheOneItWasMadeIn() {
		String username = ownUser("gantisandi");
		WebSession here = web();
		WebSession elsewhere = web();
		here.login(username, OwnUsers.PASSWORD);
		elsewhere.login(username, OwnUsers.PASSWORD);
		elsewhere.get("/profile");
		here.get("/profile");

		WebSession.Page changed = here.submit("/profile/password", Map.of("currentPassword", OwnUsers.PASSWORD,
				"newPassword", OTHER_PASSWORD, "confirmation", OTHER_PASSWORD));
		assertThat(changed.text("#password-changed")).isNotBlank();
		assertThat(here.get("/").path()).isEqualTo("/");

		assertThat(elsewhere.submit("/profile/tokens", Map.of("name", "Dari sesi lama")).status()).isEqualTo(403);
		assertThat(elsewhere.get("/profile").path()).isEqualTo("/login");
		assertThat(this.accounts.tokens(user(username))).isEmpty();
		assertThat(sessionsOf(username)).isEqualTo(1);
	}

	@Test
	void aResetEndsTheSessionsAndItsTemporaryPasswordIsReplacedBeforeAnythingElse() {
		String username = ownUser("reset");
		String token = this.accounts.createToken(user(username), "Skrip harian");
		WebSession open = web();
		open.login(username, OwnUsers.PASSWORD);

		String temporary = this.accounts.resetPassword(admin(), user(username).id());
		assertThat(open.get("/profile").path()).isEqualTo("/login");

		// pages: only the password form
		WebSession browser = web();
		assertThat(browser.login(username, temporary).path()).isEqualTo("/profile");
		assertThat(browser.get("/").path()).isEqualTo("/profile");
		assertThat(browser.get("/agencies/pwk-dkupp").path()).isEqualTo("/profile");
		assertThat(browser.submit("/profile/tokens", Map.of("name", "Terlalu dini")).path()).isEqualTo("/profile");
		assertThat(this.accounts.tokens(user(username))).extracting("name").containsExactly("Skrip harian");

		// the API, with the temporary password and with a token made before
		for (Api api : new Api[] { Api.withBasic(this.port, username, temporary), Api.withToken(this.port, token) }) {
			Api.Response refused = api.get("/api/v1/agencies");
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().get("detail").asString()).contains("PUT /api/v1/profile/password");
			assertThat(refused.json().get("code").asString()).isEqualTo("problem.password.mustChange");
		}
		Api.Response weak = Api.withBasic(this.port, username, temporary)
			.put("/api/v1/profile/password",
					"{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"password123\"}");
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.json().get("errors").findValuesAsString("field")).containsExactly("newPassword");
		Api.Response chosen = Api.withBasic(this.port, username, temporary)
			.put("/api/v1/profile/password",
					"{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + OTHER_PASSWORD + "\"}");
		assertThat(chosen.status()).isEqualTo(204);

		assertThat(Api.withBasic(this.port, username, OTHER_PASSWORD).get("/api/v1/agencies").status()).isEqualTo(200);
		assertThat(Api.withToken(this.port, token).get("/api/v1/agencies").status()).isEqualTo(200);
		assertThat(browser.get("/").path()).as("the change through the API ended the page session too")
			.isEqualTo("/login");
	}

	@Test
	void changedRolesEndTheSessionsThatCarryTheOldOnes() {
		String username = ownUser("peran");
		WebSession open = web();
		open.login(username, OwnUsers.PASSWORD);
		var view = this.accounts.user(admin(), user(username).id());
		this.accounts.updateUser(admin(), view.id(),
				new id.ukur.organization.UserCommand(view.username(), view.displayName(), view.email(), null, null,
						null, java.util.Set.of(id.ukur.organization.Role.PLANNING_AGENCY), view.version()));
		assertThat(open.get("/profile").path()).isEqualTo("/login");
	}

}
