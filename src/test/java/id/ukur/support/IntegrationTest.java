package id.ukur.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole application on a random port with the demo
 * data, on H2 or on a real PostgreSQL (see {@link TestDatabase}), sending mail to a real
 * SMTP server (see {@link TestMail}); tests talk to it over real HTTP. A sign-in waits a
 * minute after three failures (not a second), so that tests of the wait do not race it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.demo.history=false", "ukur.security.signin.first-delay=1m" })
public abstract class IntegrationTest {

	@LocalServerPort
	protected int port;

	private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

	@Autowired
	protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	private id.ukur.organization.UserAccounts userAccounts;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabase::url);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
		registry.add("spring.mail.host", TestMail::host);
		registry.add("spring.mail.port", TestMail::port);
	}

	protected Api api(String username) {
		return new Api(this.port, username, DemoPassword.VALUE);
	}

	/**
	 * A client with a personal API token of the user (made once per database): much
	 * faster than HTTP Basic, which checks the password hash on every request.
	 */
	protected Api tokenApi(String username) {
		String token = TOKENS.computeIfAbsent(TestDatabase.url() + "|" + username, (key) -> this.userAccounts
			.createToken(this.userAccounts.byUsername(username).orElseThrow(), "integration tests"));
		return Api.withToken(this.port, token);
	}

	/** A driver of rounds of an agency whose users call the API with tokens. */
	protected RoundDriver rounds(String agency) {
		return new RoundDriver(agency, this::tokenApi);
	}

	protected Api anonymousApi() {
		return new Api(this.port, null, null);
	}

	protected WebSession web() {
		return new WebSession(this.port);
	}

}
