package id.ukur.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole application on a random port with the demo
 * data, on H2 or on a real PostgreSQL (see {@link TestDatabase}); tests talk to it over
 * real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.security.max-failed-logins=5" })
public abstract class IntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabase::url);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
	}

	protected Api api(String username) {
		return new Api(this.port, username, DemoPassword.VALUE);
	}

	protected Api anonymousApi() {
		return new Api(this.port, null, null);
	}

	protected WebSession web() {
		return new WebSession(this.port);
	}

}
