package id.ukur.report;

import id.ukur.support.TestDatabase;
import id.ukur.support.TestMail;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of the LKjIP tests: the demo data loaded fresh, so that they can seal Lima
 * Puluh Kota rounds of 2025 and 2026 that no other test orders.
 */
final class LkjipDatabase {

	static final String URL = TestDatabase.fresh("lkjip");

	private LkjipDatabase() {
	}

	/** {@code support/IntegrationTest}'s properties, on this database. */
	static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
		registry.add("spring.mail.host", TestMail::host);
		registry.add("spring.mail.port", TestMail::port);
	}

}
