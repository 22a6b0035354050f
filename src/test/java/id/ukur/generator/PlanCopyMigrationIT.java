package id.ukur.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ukur.plan.PlanDocument;
import id.ukur.round.internal.GeneratedPlanCopies;
import id.ukur.shared.Numbers;
import id.ukur.support.TestDatabase;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The migration of the rounds' plan copies (V8_5_1, V8_5_2) on generated data at the
 * schema before it (V8_4_1), on a database of its own: every round reads the same plan
 * afterwards, identical copies are stored once, and the stored recaps and sealed reports
 * are untouched. 31 agencies (two with the same plan, one whose last round was ordered on
 * a changed plan, one with a cancelled round), 125 rounds: more than one batch of the
 * migration.
 */
class PlanCopyMigrationIT {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void movesEveryRoundsPlanCopyOnceAndChangesNoRecapOrSealedReport() {
		String url = TestDatabase.fresh("plan-copy-migration");
		String password = TestDatabase.isPostgres() ? "postgres" : "";
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, TestDatabase.username(), password,
				true);
		try {
			flyway(dataSource).target("8.4.1").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			new OldRounds(this.json).fill(jdbc);
			Map<Long, String> plans = texts(jdbc, "plan_snapshot");
			Map<Long, String> recaps = texts(jdbc, "recap");
			Map<String, byte[]> sealed = sealed(jdbc);

			flyway(dataSource).javaMigrations(GeneratedPlanCopies.migration()).load().migrate();

			Map<Long, String> copies = jdbc
				.sql("select r.id, c.document from measurement_round r join plan_copy c on c.id = r.plan_copy_id")
				.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
				.list()
				.stream()
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			assertThat(copies).isEqualTo(plans).hasSize(4 * OldRounds.AGENCIES + 1);
			plans.forEach((id, text) -> assertThat(parse(copies.get(id))).isEqualTo(parse(text)));
			assertThat(texts(jdbc, "recap")).isEqualTo(recaps);
			Map<String, byte[]> after = sealed(jdbc);
			assertThat(after.keySet()).isEqualTo(sealed.keySet()).isNotEmpty();
			sealed.forEach((key, bytes) -> assertThat(after.get(key)).isEqualTo(bytes));
			// one copy per distinct text: the agency whose plan changed has two, the two
			// agencies with the same plan share one
			assertThat(count(jdbc, "select count(*) from plan_copy")).isEqualTo(new HashSet<>(plans.values()).size())
				.isEqualTo(OldRounds.AGENCIES);
			jdbc.sql("select content_hash, document from plan_copy")
				.query((rs, row) -> assertThat(rs.getString(1)).isEqualTo(GeneratedPlanCopies.hash(rs.getString(2))))
				.list();
			assertThatThrownBy(() -> count(jdbc, "select count(plan_snapshot) from measurement_round"))
				.isInstanceOf(RuntimeException.class);
			assertThatThrownBy(() -> jdbc.sql("update measurement_round set plan_copy_id = null").update())
				.isInstanceOf(RuntimeException.class);
		}
		finally {
			dataSource.destroy();
		}
	}

	static FluentConfiguration flyway(SingleConnectionDataSource dataSource) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration",
					"classpath:db/vendor/" + (TestDatabase.isPostgres() ? "postgresql" : "h2"))
			.failOnMissingLocations(false);
	}

	private static Map<Long, String> texts(JdbcClient jdbc, String column) {
		Map<Long, String> texts = new HashMap<>();
		jdbc.sql("select id, " + column + " from measurement_round")
			.query((rs, row) -> texts.put(rs.getLong(1), rs.getString(2)))
			.list();
		return texts;
	}

	private static Map<String, byte[]> sealed(JdbcClient jdbc) {
		Map<String, byte[]> files = new HashMap<>();
		jdbc.sql("select f.file_key, f.content from round_seal s join stored_file f on f.file_key = s.file_key")
			.query((rs, row) -> files.put(rs.getString(1), rs.getBytes(2)))
			.list();
		return files;
	}

	private PlanDocument parse(String text) {
		return this.json.readerFor(PlanDocument.class).withAttribute(Numbers.STORED_JSON, true).readValue(text);
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
