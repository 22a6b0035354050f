package id.ukur.round.internal;

import static id.ukur.round.internal.Sql.date;
import static id.ukur.round.internal.Sql.instant;
import static id.ukur.round.internal.Sql.localDate;
import static id.ukur.round.internal.Sql.longOrNull;
import static id.ukur.round.internal.Sql.ts;

import id.ukur.round.Period;
import id.ukur.round.RoundStatus;
import id.ukur.shared.OptimisticLock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Rounds in the database: read whole, written whole with a version check. */
@Repository
class RoundStore {

	/**
	 * The written columns with their values, in one list so that the insert's columns and
	 * parameters cannot drift apart.
	 */
	private static final List<Column> WRITTEN = List.of(new Column("agency_id", (r) -> r.agencyId),
			new Column("region_id", (r) -> r.regionId), new Column("round_year", (r) -> r.year),
			new Column("period", (r) -> r.period.name()), new Column("deadline", (r) -> date(r.deadline)),
			new Column("order_reference", (r) -> r.orderReference), new Column("order_text", (r) -> r.orderText),
			new Column("letter_reference", (r) -> r.letterReference), new Column("letter_from", (r) -> r.letterFrom),
			new Column("letter_date", (r) -> date(r.letterDate)), new Column("status", (r) -> r.status.name()),
			new Column("sop_revision_id", (r) -> r.sopRevisionId), new Column("sop_revision", (r) -> r.sopRevision),
			new Column("revision", (r) -> r.revision), new Column("forms_prepared", (r) -> r.formsPrepared),
			new Column("forms_distributed", (r) -> r.formsDistributed), new Column("plan_copy_id", (r) -> r.planCopyId),
			new Column("data_version", (r) -> r.dataVersion),
			new Column("calculated_version", (r) -> r.calculatedVersion),
			new Column("calculated_at", (r) -> ts(r.calculatedAt)), new Column("recap", (r) -> r.recap),
			new Column("submitted_for_review_at", (r) -> ts(r.submittedForReviewAt)),
			new Column("approved_at", (r) -> ts(r.approvedAt)), new Column("sent_at", (r) -> ts(r.sentAt)),
			new Column("sent_by", (r) -> r.sentBy), new Column("acknowledged_at", (r) -> ts(r.acknowledgedAt)),
			new Column("acknowledged_by", (r) -> r.acknowledgedBy),
			new Column("archive_reference", (r) -> r.archiveReference),
			new Column("archived_at", (r) -> ts(r.archivedAt)), new Column("ordered_at", (r) -> ts(r.orderedAt)),
			new Column("ordered_by", (r) -> r.orderedBy), new Column("cancelled_at", (r) -> ts(r.cancelledAt)),
			new Column("cancelled_by", (r) -> r.cancelledBy), new Column("cancel_reason", (r) -> r.cancelReason),
			// a cancelled round no longer holds its period (the unique key of V6_7)
			new Column("period_held", (r) -> (r.status == RoundStatus.CANCELLED) ? null : r.period.name()));

	/**
	 * The recap (JSON of 40–150 KB): never changed by {@link #update}, and left out of
	 * lists and views that never read it.
	 */
	private static final Set<String> HEAVY = Set.of("recap");

	/**
	 * Columns {@link #update} leaves alone: the recap, which only {@link #writeRecap}
	 * writes, and the plan copy, which never changes after the order.
	 */
	private static final Set<String> NOT_UPDATED = Set.of("plan_copy_id", "recap");

	private static final String COLUMNS = WRITTEN.stream().map(Column::name).collect(Collectors.joining(", "));

	private static final String LIGHT_COLUMNS = WRITTEN.stream()
		.map((c) -> HEAVY.contains(c.name()) ? "null as " + c.name() : c.name())
		.collect(Collectors.joining(", "));

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

	/** A round without its recap: for views only. */
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

	List<RoundRecord> sentInRegion(long regionId) {
		return this.jdbc
			.sql("select id, version, " + LIGHT_COLUMNS
					+ " from measurement_round where region_id = ? and sent_at is not null order by sent_at desc")
			.param(regionId)
			.query(RoundStore::map)
			.list();
	}

	/**
	 * The region's rounds of a year that count (cancelled rounds freed their period),
	 * light columns only: the region dashboard ({@link RegionProgressQueries}).
	 */
	List<RoundRecord> ofRegion(long regionId, int year) {
		return this.jdbc
			.sql("select id, version, " + LIGHT_COLUMNS + " from measurement_round"
					+ " where region_id = ? and round_year = ? and status <> 'CANCELLED' order by agency_id, id")
			.params(regionId, year)
			.query(RoundStore::map)
			.list();
	}

	long insert(RoundRecord round) {
		KeyHolder keys = new GeneratedKeyHolder();
		String placeholders = WRITTEN.stream().map((c) -> "?").collect(Collectors.joining(", "));
		this.jdbc.sql("insert into measurement_round (version, " + COLUMNS + ") values (0, " + placeholders + ")")
			.params(WRITTEN.stream().map((c) -> c.value().apply(round)).toList())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Writes the round back with its version check. The plan copy never changes after the
	 * order and the recap only when calculated ({@link #writeRecap}), so neither is sent
	 * again on every act.
	 */
	void update(RoundRecord round) {
		List<Column> changed = WRITTEN.stream().filter((c) -> !NOT_UPDATED.contains(c.name())).toList();
		round.version = OptimisticLock
			.update(this.jdbc, "measurement_round",
					changed.stream().map((c) -> c.name() + " = ?").collect(Collectors.joining(", ")))
			.values(changed.stream().map((c) -> c.value().apply(round)).toArray())
			.apply(round.id, round.version);
	}

	/** Stores a calculation's recap (the caller holds the round's lock). */
	void writeRecap(long id, String recap) {
		this.jdbc.sql("update measurement_round set recap = ? where id = ?").params(recap, id).update();
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
		r.planCopyId = rs.getLong("plan_copy_id");
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

	/** A written column and where its value comes from. */
	private record Column(String name, Function<RoundRecord, Object> value) {
	}

}
