package id.ukur.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ukur.calculation.RatingScale;
import id.ukur.organization.RegionSettings.Settings;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.round.Period;
import id.ukur.round.internal.GeneratedPlanCopies;
import id.ukur.round.internal.GeneratedRecaps;
import id.ukur.shared.Numbers;
import id.ukur.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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

	private static final int AGENCIES = 31;

	private static final Settings SETTINGS = new Settings(RatingScale.DEFAULT, new BigDecimal("120"),
			new BigDecimal("5"), "SEDANG", 0);

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
			fill(jdbc);
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
			assertThat(copies).isEqualTo(plans).hasSize(4 * AGENCIES + 1);
			plans.forEach((id, text) -> assertThat(parse(copies.get(id))).isEqualTo(parse(text)));
			assertThat(texts(jdbc, "recap")).isEqualTo(recaps);
			Map<String, byte[]> after = sealed(jdbc);
			assertThat(after.keySet()).isEqualTo(sealed.keySet()).isNotEmpty();
			sealed.forEach((key, bytes) -> assertThat(after.get(key)).isEqualTo(bytes));
			// one copy per distinct text: the agency whose plan changed has two, the two
			// agencies with the same plan share one
			assertThat(count(jdbc, "select count(*) from plan_copy")).isEqualTo(new HashSet<>(plans.values()).size())
				.isEqualTo(AGENCIES);
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

	private static FluentConfiguration flyway(SingleConnectionDataSource dataSource) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration",
					"classpath:db/vendor/" + (TestDatabase.isPostgres() ? "postgresql" : "h2"))
			.failOnMissingLocations(false);
	}

	/**
	 * The schema of V8_4_1 filled as Ukur left it: a region, its agencies with an SOP
	 * revision each, four quarterly rounds per agency with the plan copy and the recap,
	 * the first three sealed with their report.
	 */
	private void fill(JdbcClient jdbc) {
		jdbc.sql("insert into region (id, code, name, kind) values (1, 'm0001', 'Kabupaten Migrasi', 'KABUPATEN')")
			.update();
		long roundId = 0;
		for (int a = 0; a < AGENCIES; a++) {
			long agency = a + 1;
			jdbc.sql("insert into agency (id, region_id, code, name, short_name) values (?, 1, ?, ?, ?)")
				.params(agency, "m0001-opd" + a, "Dinas " + a, "D" + a)
				.update();
			jdbc.sql("insert into sop_revision (id, agency_id, revision, active, name, revision_date, content,"
					+ " created_at, created_by) values (?, ?, 1, true, 'SOP', date '2025-01-02', '{}', ?, 'm')")
				.params(agency, agency, Timestamp.from(Instant.parse("2025-01-02T00:00:00Z")))
				.update();
			// agencies 1 and 2 have the same plan; agency 0's last round was ordered on a
			// changed plan
			PlanFactory.Generated plan = plan((a == 2) ? 1 : a);
			for (int q = 0; q < 4; q++) {
				PlanFactory.Generated ordered = (a == 0 && q == 3) ? plan(1000) : plan;
				round(jdbc, ++roundId, agency, q, ordered, q < 3, q);
			}
			if (a == 3) {
				round(jdbc, ++roundId, agency, 0, plan, false, -1);
			}
		}
	}

	private static PlanFactory.Generated plan(int seed) {
		return PlanFactory.generate(new SplittableRandom(seed), 2025, 5 + seed % 8,
				List.of("SEKRETARIAT", "BIDANG1", "BIDANG2"), false);
	}

	/**
	 * @param held the quarter the round holds, or -1 for a cancelled round
	 */
	private void round(JdbcClient jdbc, long id, long agency, int q, PlanFactory.Generated plan, boolean sealed,
			int held) {
		String period = PlanFactory.QUARTERS.get(q);
		String text = this.json.writeValueAsString(plan.plan());
		List<PlanOutline.Placed> placements = PlanOutline.of(plan.plan()).indicators();
		Instant at = AgencyContent.calculated(2025, q);
		String recap = this.json.writeValueAsString(GeneratedRecaps.recap(SETTINGS, Period.valueOf(period), plan.plan(),
				QuarterValues.of(placements, plan.values(), q), QuarterValues.earlier(plan.values(), q), at));
		jdbc.sql("insert into measurement_round (id, agency_id, region_id, round_year, period, deadline, status,"
				+ " sop_revision_id, sop_revision, revision, forms_prepared, forms_distributed, plan_snapshot,"
				+ " data_version, calculated_version, calculated_at, recap, ordered_at, ordered_by, version,"
				+ " period_held) values (?, ?, 1, 2025, ?, date '2025-12-31', ?, ?, 1, 1, true, true, ?, 3, 3, ?, ?,"
				+ " ?, 'm', 7, ?)")
			.params(id, agency, period, sealed ? "ARCHIVED" : (held < 0) ? "CANCELLED" : "OPEN", agency, text,
					Timestamp.from(at), recap, Timestamp.from(AgencyContent.ordered(2025, q)),
					(held < 0) ? null : period)
			.update();
		if (sealed) {
			byte[] pdf = new byte[2000 + (int) id];
			new SplittableRandom(id).nextBytes(pdf);
			String key = "seal-" + id;
			jdbc.sql("insert into stored_file (file_key, file_name, content_type, size_bytes, sha256, content,"
					+ " created_at) values (?, 'laporan.pdf', 'application/pdf', ?, 'x', ?, ?)")
				.params(key, pdf.length, pdf, Timestamp.from(at))
				.update();
			jdbc.sql("insert into round_seal (round_id, revision, verification_code, sha256, file_key, signed_at,"
					+ " signed_by, signer_name, superseded) values (?, 1, ?, 'x', ?, ?, 'm', 'Kepala', false)")
				.params(id, "V" + id, key, Timestamp.from(at))
				.update();
		}
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
