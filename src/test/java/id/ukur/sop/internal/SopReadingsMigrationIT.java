package id.ukur.sop.internal;

import java.sql.Connection;

import javax.sql.DataSource;

import id.ukur.support.IntegrationTest;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readings migration on the real database: a revision stored the old way (the seed's
 * readings in its remarks) is split, and the official rendering no longer prints them.
 */
class SopReadingsMigrationIT extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private DataSource dataSource;

	@Test
	void aRevisionStoredTheOldWayIsSplit() throws Exception {
		long id = this.jdbc
			.sql("select s.id from sop_revision s join agency a on a.id = s.agency_id"
					+ " where a.code = 'lmg-disnaker' and s.active = true")
			.query(Long.class)
			.single();
		String now = content(id);
		ObjectNode old = (ObjectNode) JSON.readTree(now);
		for (JsonNode step : old.get("steps")) {
			String remarks = step.get("remarks").isNull() ? null : step.get("remarks").stringValue();
			String reading = step.get("reading").isNull() ? null : step.get("reading").stringValue();
			if (reading != null) {
				((ObjectNode) step).put("remarks", (remarks == null) ? reading : remarks + " " + reading);
			}
			((ObjectNode) step).remove("reading");
		}
		this.jdbc.sql("update sop_revision set content = ? where id = ?")
			.params(JSON.writeValueAsString(old), id)
			.update();
		assertThat(content(id)).contains("SOP rapat internal. SOP tidak menandai lajur");

		try (Connection connection = this.dataSource.getConnection()) {
			new SopReadingsMigration().migrate(context(connection));
		}

		assertThat(JSON.readTree(content(id))).isEqualTo(JSON.readTree(now));
		JsonNode three = JSON.readTree(content(id)).get("steps").get(2);
		assertThat(three.get("remarks").stringValue()).isEqualTo("SOP rapat internal.");
		assertThat(three.get("reading").stringValue()).startsWith("SOP tidak menandai lajur");
	}

	private String content(long id) {
		return this.jdbc.sql("select content from sop_revision where id = ?").param(id).query(String.class).single();
	}

	private static Context context(Connection connection) {
		return new Context() {
			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		};
	}

}
