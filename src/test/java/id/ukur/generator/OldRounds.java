package id.ukur.generator;

import id.ukur.calculation.RatingScale;
import id.ukur.organization.RegionSettings.Settings;
import id.ukur.plan.PlanOutline;
import id.ukur.round.Period;
import id.ukur.round.internal.GeneratedRecaps;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rounds as Ukur stored them at the schema of V8_4_1, for the tests of the migrations
 * after it: 31 agencies (two with the same plan, one whose last round was ordered on a
 * changed plan, one with a cancelled round), 125 rounds, more than one batch of a
 * migration.
 */
final class OldRounds {

	static final int AGENCIES = 31;

	static final Settings SETTINGS = new Settings(RatingScale.DEFAULT, new BigDecimal("120"), new BigDecimal("5"),
			"SEDANG", 0);

	private final JsonMapper json;

	OldRounds(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The schema of V8_4_1 filled as Ukur left it: a region, its agencies with an SOP
	 * revision each, four quarterly rounds per agency with the plan copy and the recap,
	 * the first three sealed with their report.
	 */
	void fill(JdbcClient jdbc) {
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

}
