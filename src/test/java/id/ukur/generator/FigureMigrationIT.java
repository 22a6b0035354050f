package id.ukur.generator;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.round.Recap;
import id.ukur.round.internal.GeneratedPlanCopies;
import id.ukur.shared.Numbers;
import id.ukur.support.TestDatabase;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The migration that writes the figures of the recaps stored before {@code recap_figure}
 * (V8_6_1, V8_6_2; docs/dashboards.md, "Figures"), on generated rounds at the schema of
 * V8_4_1 migrated to the end: every calculated round gets one row for the agency, each
 * node and each indicator with the achievements and ratings its stored recap holds, the
 * cancelled round too, and nothing else.
 */
class FigureMigrationIT {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void writesEveryStoredRecapsFiguresOnce() {
		String url = TestDatabase.fresh("figure-migration");
		String password = TestDatabase.isPostgres() ? "postgres" : "";
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, TestDatabase.username(), password,
				true);
		try {
			PlanCopyMigrationIT.flyway(dataSource).target("8.4.1").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			new OldRounds(this.json).fill(jdbc);
			PlanCopyMigrationIT.flyway(dataSource)
				.javaMigrations(GeneratedPlanCopies.migration(), GeneratedPlanCopies.figureMigration(this.json))
				.load()
				.migrate();
			Map<Long, List<Row>> rows = rows(jdbc);
			List<Stored> stored = jdbc
				.sql("select r.id, r.recap, c.document from measurement_round r join plan_copy c"
						+ " on c.id = r.plan_copy_id order by r.id")
				.query((rs, n) -> new Stored(rs.getLong(1), read(rs.getString(2), Recap.class),
						read(rs.getString(3), PlanDocument.class)))
				.list();
			assertThat(stored).hasSize(4 * OldRounds.AGENCIES + 1);
			assertThat(rows.keySet()).hasSameSizeAs(stored);
			for (Stored round : stored) {
				check(round, rows.get(round.id()));
			}
		}
		finally {
			dataSource.destroy();
		}
	}

	private void check(Stored round, List<Row> rows) {
		Recap recap = round.recap();
		assertThat(rows).hasSize(1 + recap.nodes().size() + recap.indicators().size());
		assertThat(rows.get(0).kind()).isEqualTo("AGENCY");
		assertThat(rows.get(0).achievement()).isEqualByComparingTo(recap.agency().achievement());
		Map<String, Row> indicators = new HashMap<>();
		rows.stream().filter((r) -> r.kind().equals("INDICATOR")).forEach((r) -> indicators.put(r.code(), r));
		for (Recap.IndicatorResult result : recap.indicators()) {
			Row row = indicators.get(result.indicatorCode());
			assertThat(row.parent()).isEqualTo(result.nodeCode());
			assertThat(row.rating()).isEqualTo(result.rating());
			assertThat(row.label()).isEqualTo(result.ratingLabel());
			if (result.achievement() == null) {
				assertThat(row.achievement()).isNull();
			}
			else {
				assertThat(row.achievement()).isEqualByComparingTo(result.achievement());
			}
		}
		long keys = PlanOutline.of(round.plan())
			.indicators()
			.stream()
			.filter((p) -> Boolean.TRUE.equals(p.indicator().key()))
			.count();
		assertThat(rows.stream().filter(Row::key).count()).isEqualTo(keys);
		assertThat(rows).extracting(Row::position).doesNotHaveDuplicates();
	}

	private static Map<Long, List<Row>> rows(JdbcClient jdbc) {
		Map<Long, List<Row>> rows = new HashMap<>();
		jdbc.sql("select round_id, position, kind, code, parent_code, achievement, rating, key_indicator, rating_label"
				+ " from recap_figure order by round_id, position")
			.query((rs, n) -> rows.computeIfAbsent(rs.getLong(1), (id) -> new java.util.ArrayList<>())
				.add(new Row(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
						rs.getString(7), rs.getBoolean(8), rs.getString(9))))
			.list();
		return rows;
	}

	private <T> T read(String text, Class<T> type) {
		return this.json.readerFor(type).withAttribute(Numbers.STORED_JSON, true).readValue(text);
	}

	private record Stored(long id, Recap recap, PlanDocument plan) {
	}

	private record Row(int position, String kind, String code, String parent, BigDecimal achievement, String rating,
			boolean key, String label) {
	}

}
