package id.ukur.organization;

import java.time.Instant;
import java.util.Map;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic, personal API tokens and security headers (sign-in throttling: SignInIT).
 */
class ApiAuthenticationIT extends IntegrationTest {

	@Autowired
	private UserAccounts accounts;

	@Test
	void aPersonalTokenCreatedInTheUiAuthenticatesTheApiUntilRevoked() {
		WebSession session = web();
		session.login("lmg-disnaker.perencana", DemoPassword.VALUE);
		WebSession.Page profile = session.get("/profile");
		assertThat(profile.status()).isEqualTo(200);
		WebSession.Page created = session.submit("/profile/tokens", Map.of("name", "Skrip rekap"));
		String token = created.text("#new-token");
		assertThat(token).startsWith("ukr_");

		Api.Response agencies = Api.withToken(this.port, token).get("/api/v1/agencies");
		assertThat(agencies.status()).isEqualTo(200);
		assertThat(agencies.json().get(0).get("code").asString()).isEqualTo("lmg-disnaker");
		assertThat(agencies.header("Set-Cookie")).as("the API is stateless").isNull();

		String revokeAction = created.document()
			.select("tr:has(td:containsOwn(Skrip rekap)) form[action*=revoke]")
			.first()
			.attr("action");
		session.submit(revokeAction.replaceFirst("^https?://[^/]+", ""), Map.of());
		Api.Response refused = Api.withToken(this.port, token).get("/api/v1/agencies");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aTokenStandsForItsUserWithTheSamePlaceAndRolesAsSigningIn() {
		for (String username : new String[] { "lpk-disperinaker.hi.staf", "lmg-disnaker.perencana", "pwk.bappeda",
				"pwk.admin" }) {
			CurrentUser signedIn = this.accounts.byUsername(username).orElseThrow();
			String token = this.accounts.createToken(signedIn, "Perbandingan");
			CurrentUser byToken = this.accounts.byApiToken(token).orElseThrow();
			assertThat(byToken).as(username).isEqualTo(signedIn.withoutPassword());
			assertThat(byToken.roles()).as(username).isNotEmpty();
		}
	}

	@Test
	void aTokenStopsWorkingWhenItsUserIsDeactivated() {
		String username = "wkn-dpmk.perencana";
		String token = this.accounts.createToken(this.accounts.byUsername(username).orElseThrow(), "Skrip");
		Api api = Api.withToken(this.port, token);
		assertThat(api.get("/api/v1/agencies").status()).isEqualTo(200);
		try {
			this.jdbc.sql("update app_user set active = false where username = ?").param(username).update();
			assertThat(api.get("/api/v1/agencies").status()).as("deactivated").isEqualTo(401);
		}
		finally {
			this.jdbc.sql("update app_user set active = true where username = ?").param(username).update();
		}
		assertThat(api.get("/api/v1/agencies").status()).isEqualTo(200);
	}

	@Test
	void aTokensLastUseIsKeptToTheMinute() {
		CurrentUser user = this.accounts.byUsername("pwk-dinkes.tim").orElseThrow();
		String token = this.accounts.createToken(user, "Sinkronisasi");
		assertThat(lastUsed(user, "Sinkronisasi")).as("not used yet").isNull();
		assertThat(Api.withToken(this.port, token).get("/api/v1/agencies").status()).isEqualTo(200);
		Instant first = lastUsed(user, "Sinkronisasi");
		assertThat(first).isNotNull();
		assertThat(Api.withToken(this.port, token).get("/api/v1/agencies").status()).isEqualTo(200);
		assertThat(lastUsed(user, "Sinkronisasi")).as("within the minute, not written again").isEqualTo(first);
		this.jdbc.sql("update api_token set last_used_at = ? where name = 'Sinkronisasi'")
			.param(java.sql.Timestamp.from(first.minusSeconds(120)))
			.update();
		assertThat(Api.withToken(this.port, token).get("/api/v1/agencies").status()).isEqualTo(200);
		assertThat(lastUsed(user, "Sinkronisasi")).as("older than a minute: written").isAfter(first.minusSeconds(60));
	}

	private Instant lastUsed(CurrentUser user, String name) {
		return this.accounts.tokens(user)
			.stream()
			.filter((token) -> token.name().equals(name))
			.findFirst()
			.orElseThrow()
			.lastUsedAt();
	}

	@Test
	void anUnknownTokenIsRefused() {
		Api.Response response = Api.withToken(this.port, "ukr_not-a-token").get("/api/v1/agencies");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains("Token");
	}

	@Test
	void anEmptyTokenNameIsRefusedWithAMessage() {
		WebSession session = web();
		session.login("lmg-disnaker.tim", DemoPassword.VALUE);
		session.get("/profile");
		WebSession.Page page = session.submit("/profile/tokens", Map.of("name", " "));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text(".invalid-feedback")).isEqualTo("Wajib diisi");
	}

	@Test
	void aDeactivatedUserCannotSignIn() {
		this.jdbc.sql("update app_user set active = false where username = ?").param("pbl.inspektorat").update();
		try {
			assertThat(api("pbl.inspektorat").get("/api/v1/agencies").status()).isEqualTo(401);
			assertThat(web().login("pbl.inspektorat", DemoPassword.VALUE).text("#login-error"))
				.contains("dinonaktifkan");
		}
		finally {
			this.jdbc.sql("update app_user set active = true where username = ?").param("pbl.inspektorat").update();
		}
	}

	@Test
	void pagesAndApiCarrySecurityHeaders() {
		Api.Response api = api("pwk.bappeda").get("/api/v1/agencies");
		assertThat(api.header("Content-Security-Policy")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(api.header("X-Frame-Options")).isEqualTo("DENY");
		Api.Response login = anonymousApi().get("/login");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void healthIsPublicAndMetricsAreNotForARegion() {
		assertThat(anonymousApi().get("/actuator/health").status()).isEqualTo(200);
		assertThat(anonymousApi().get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(api("pwk-dkupp.kepala").get("/actuator/prometheus").status()).isEqualTo(403);
		// the installation's operators read them: SignInIT
		assertThat(api("pwk.admin").get("/actuator/prometheus").status()).isEqualTo(403);
	}

	@Test
	void openApiDescribesTheApi() {
		Api.Response docs = anonymousApi().get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/v1/agencies")).isTrue();
		assertThat(docs.json().get("paths").has("/api/v1/agencies/{agency}/units")).isTrue();
	}

	@Test
	void problemsDrawnOutsideTheControllersNameTheirRuleToo() {
		// refused by the malformed-request filter and drawn by the error controller
		Api.Response wildcard = Api.withBasic(this.port, "pwk-dkupp.perencana", DemoPassword.VALUE)
			.putAs("/api/v1/agencies/pwk-dkupp/plans/2026", "{}", "*/*");
		assertThat(wildcard.status()).isEqualTo(415);
		assertThat(wildcard.json().get("code").asString()).isEqualTo("problem.mediaType");
		// written by the security chain's problem writer
		Api.Response anonymous = Api.anonymous(this.port).get("/api/v1/agencies");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().get("code").asString()).isEqualTo("problem.unauthorized");
	}

}
