package id.ukur.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.IntegrationTest;
import id.ukur.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The check reads the connected database's own settings: the in-memory H2 of the tests
 * writes at commit; the shared test PostgreSQL runs with synchronous_commit off for speed
 * (see TestDatabase), which the check must name.
 */
class DurabilityCheckIT extends IntegrationTest {

	@Autowired
	private DurabilityCheck check;

	@Test
	void readsTheSettingsOfTheConnectedDatabase() {
		if (!TestDatabase.isPostgres()) {
			assertThat(this.check.warnings()).isEmpty();
			return;
		}
		boolean asynchronous = "off".equals(this.jdbc.sql("show synchronous_commit").query(String.class).single());
		boolean noFsync = "off".equals(this.jdbc.sql("show fsync").query(String.class).single());
		assertThat(this.check.warnings().stream().anyMatch((warning) -> warning.contains("synchronous_commit=off")))
			.isEqualTo(asynchronous);
		assertThat(this.check.warnings().stream().anyMatch((warning) -> warning.contains("fsync=off")))
			.isEqualTo(noFsync);
	}

}
