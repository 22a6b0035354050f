package id.ukur.round.internal;

import static id.ukur.round.internal.Sql.date;
import static id.ukur.round.internal.Sql.instant;
import static id.ukur.round.internal.Sql.localDate;
import static id.ukur.round.internal.Sql.longOrNull;
import static id.ukur.round.internal.Sql.ts;

import id.ukur.round.Period;
import id.ukur.round.RoundStatus;
import id.ukur.shared.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Rounds in the database: read whole, written whole with a version check. */
@Repository
class RoundStore {

	private static final String COLUMNS = "agency_id, region_id, round_year, period, deadline, order_reference,"
			+ " order_text, letter_reference, letter_from, letter_date, status, sop_revision_id, sop_revision,"
			+ " revision, forms_prepared, forms_distributed, plan_snapshot, data_version, calculated_version,"
			+ " calculated_at, recap, submitted_for_review_at, approved_at, sent_at, sent_by, acknowledged_at,"
			+ " acknowledged_by, archive_reference, archived_at, ordered_at, ordered_by, cancelled_at, cancelled_by,"
			+ " cancel_reason, period_held";

	/**
	 * The columns without the plan copy and the recap (JSON of 40–150 KB each), for lists
	 * and views that never read them.
	 */
	private static final String LIGHT_COLUMNS = COLUMNS.replace("plan_snapshot", "null as plan_snapshot")
		.replace(" recap,", " null as recap,");

	private final JdbcClient jdbc;

	RoundStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RoundRecord> find(long id) {
		return this.jdbc.sql("select id, version, " + COLUMNS + " from measurement_round where id = ?")
			.param(id)
			.query(RoundStore::map)
			.optional();
	}

	/** A round without its plan copy and recap: for views only. */
	Optional<RoundRecord> findSummary(long id) {
		return this.jdbc.sql("select id, version, " + LIGHT_COLUMNS + " from measurement_round where id = ?")
			.param(id)
			.query(RoundStore::map)
			.optional();
	}

	Optional<RoundRecord> findForUpdate(long id) {
		return this.jdbc.sql("select id, version, " + COLUMNS + " from measurement_round where id = ? for update")
			.param(id)
			.query(RoundStore::map)
			.optional();
	}

	List<RoundRecord> ofAgency(long agencyId) {
		return this.jdbc
			.sql("select id, version, " + LIGHT_COLUMNS
					+ " from measurement_round where agency_id = ? order by round_year desc, ordered_at desc")
			.param(agencyId)
			.query(RoundStore::map)
			.list();
	}

	/**
	 * The ids and periods of an agency's rounds of a year, oldest first, without the plan
	 * copies and recaps that reading whole rounds would carry.
	 */
	List<RoundPeriod> periodsOf(long agencyId, int year) {
		return this.jdbc
			.sql("select id, period from measurement_round where agency_id = ? and round_year = ? order by id")
			.params(agencyId, year)
			.query((rs, row) -> new RoundPeriod(rs.getLong("id"), Period.valueOf(rs.getString("period"))))
			.list();
	}

	List<RoundRecord> sentInRegion(long regionId) {
		return this.jdbc
			.sql("select id, version, " + LIGHT_COLUMNS
					+ " from measurement_round where region_id = ? and sent_at is not null order by sent_at desc")
			.param(regionId)
			.query(RoundStore::map)
			.list();
	}

	/**
	 * The open rounds with what the reminder job looks at first, not their plan copies
	 * and recaps: all of a country's open rounds at once would not fit in memory.
	 */
	List<RoundRecord> open() {
		return this.jdbc
			.sql("select id, agency_id, region_id, round_year, period, deadline from measurement_round"
					+ " where status = 'OPEN'")
			.query((rs, row) -> {
				RoundRecord r = new RoundRecord();
				r.id = rs.getLong("id");
				r.agencyId = rs.getLong("agency_id");
				r.regionId = rs.getLong("region_id");
				r.year = rs.getInt("round_year");
				r.period = Period.valueOf(rs.getString("period"));
				r.deadline = localDate(rs, "deadline");
				r.status = RoundStatus.OPEN;
				return r;
			})
			.list();
	}

	long insert(RoundRecord round) {
		KeyHolder keys = new GeneratedKeyHolder();
		int count = COLUMNS.split(",").length;
		this.jdbc
			.sql("insert into measurement_round (version, " + COLUMNS + ") values (0, " + "?, ".repeat(count - 1)
					+ "?)")
			.params(values(round))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Writes the round back with its version check. The plan copy never changes after the
	 * order and the recap only when calculated ({@link #writeRecap}), so neither is sent
	 * again on every act.
	 */
	void update(RoundRecord round) {
		List<String> columns = new ArrayList<>(List.of(COLUMNS.split(",\\s*")));
		List<Object> params = new ArrayList<>(Arrays.asList(values(round)));
		for (String unchanged : List.of("plan_snapshot", "recap")) {
			int index = columns.indexOf(unchanged);
			columns.remove(index);
			params.remove(index);
		}
		String assignments = String.join(" = ?, ", columns) + " = ?";
		params.add(round.id);
		params.add(round.version);
		int updated = this.jdbc
			.sql("update measurement_round set version = version + 1, " + assignments + " where id = ? and version = ?")
			.params(params.toArray())
			.update();
		if (updated != 1) {
			throw new ConflictException("stale.version");
		}
		round.version++;
	}

	/** Stores a calculation's recap (the caller holds the round's lock). */
	void writeRecap(long id, String recap) {
		this.jdbc.sql("update measurement_round set recap = ? where id = ?").params(recap, id).update();
	}

	private static Object[] values(RoundRecord r) {
		return new Object[] { r.agencyId, r.regionId, r.year, r.period.name(), date(r.deadline), r.orderReference,
				r.orderText, r.letterReference, r.letterFrom, date(r.letterDate), r.status.name(), r.sopRevisionId,
				r.sopRevision, r.revision, r.formsPrepared, r.formsDistributed, r.planSnapshot, r.dataVersion,
				r.calculatedVersion, ts(r.calculatedAt), r.recap, ts(r.submittedForReviewAt), ts(r.approvedAt),
				ts(r.sentAt), r.sentBy, ts(r.acknowledgedAt), r.acknowledgedBy, r.archiveReference, ts(r.archivedAt),
				ts(r.orderedAt), r.orderedBy, ts(r.cancelledAt), r.cancelledBy, r.cancelReason,
				// a cancelled round no longer holds its period (the unique key of V6_7)
				(r.status == RoundStatus.CANCELLED) ? null : r.period.name() };
	}

	private static RoundRecord map(ResultSet rs, int row) throws SQLException {
		RoundRecord r = new RoundRecord();
		r.id = rs.getLong("id");
		r.version = rs.getLong("version");
		r.agencyId = rs.getLong("agency_id");
		r.regionId = rs.getLong("region_id");
		r.year = rs.getInt("round_year");
		r.period = Period.valueOf(rs.getString("period"));
		r.deadline = localDate(rs, "deadline");
		r.orderReference = rs.getString("order_reference");
		r.orderText = rs.getString("order_text");
		r.letterReference = rs.getString("letter_reference");
		r.letterFrom = rs.getString("letter_from");
		r.letterDate = localDate(rs, "letter_date");
		r.status = RoundStatus.valueOf(rs.getString("status"));
		r.sopRevisionId = rs.getLong("sop_revision_id");
		r.sopRevision = rs.getInt("sop_revision");
		r.revision = rs.getInt("revision");
		r.formsPrepared = rs.getBoolean("forms_prepared");
		r.formsDistributed = rs.getBoolean("forms_distributed");
		r.planSnapshot = rs.getString("plan_snapshot");
		r.dataVersion = rs.getLong("data_version");
		r.calculatedVersion = longOrNull(rs, "calculated_version");
		r.calculatedAt = instant(rs, "calculated_at");
		r.recap = rs.getString("recap");
		r.submittedForReviewAt = instant(rs, "submitted_for_review_at");
		r.approvedAt = instant(rs, "approved_at");
		r.sentAt = instant(rs, "sent_at");
		r.sentBy = rs.getString("sent_by");
		r.acknowledgedAt = instant(rs, "acknowledged_at");
		r.acknowledgedBy = rs.getString("acknowledged_by");
		r.archiveReference = rs.getString("archive_reference");
		r.archivedAt = instant(rs, "archived_at");
		r.orderedAt = instant(rs, "ordered_at");
		r.orderedBy = rs.getString("ordered_by");
		r.cancelledAt = instant(rs, "cancelled_at");
		r.cancelledBy = rs.getString("cancelled_by");
		r.cancelReason = rs.getString("cancel_reason");
		return r;
	}

	/** A round's id and period. */
	record RoundPeriod(long id, Period period) {
	}

}
