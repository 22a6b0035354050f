package id.ukur.round.internal;

import static id.ukur.round.internal.Sql.instant;
import static id.ukur.round.internal.Sql.ts;

import id.ukur.round.EntryHistoryView;
import id.ukur.round.EntryStatus;
import id.ukur.round.EvidenceView;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FileStore.StoredFile;
import id.ukur.shared.OptimisticLock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The values of rounds, their kept versions and their evidence. */
@Repository
class EntryStore {

	private static final String EVIDENCE = "select id, entry_id, file_key, file_name, content_type, size_bytes, sha256,"
			+ " uploaded_at, uploaded_by from round_evidence";

	private static final String SELECT = "select id, round_id, indicator_code, indicator_name, measure_unit, unit_code,"
			+ " node_code, value_type, target_text, previous_text, actual_number, actual_text, note, enabling,"
			+ " inhibiting, status, reason, sort_order, version, updated_at, updated_by from round_entry";

	private final JdbcClient jdbc;

	EntryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EntryRecord> ofRound(long roundId) {
		return this.jdbc.sql(SELECT + " where round_id = ? order by sort_order")
			.param(roundId)
			.query(EntryStore::map)
			.list();
	}

	/**
	 * The reported numbers of an agency's other rounds of a year in the given periods, in
	 * the order of the rounds (by id): the earlier quarters a calculation adds up.
	 */
	List<Reported> reportedEarlier(long agencyId, int year, long roundId, List<String> periods) {
		if (periods.isEmpty()) {
			return List.of();
		}
		String in = String.join(", ", java.util.Collections.nCopies(periods.size(), "?"));
		List<Object> params = new java.util.ArrayList<>(List.of(agencyId, year, roundId));
		params.addAll(periods);
		return this.jdbc
			.sql("select r.period, e.indicator_code, e.actual_number from round_entry e"
					+ " join measurement_round r on r.id = e.round_id"
					+ " where r.agency_id = ? and r.round_year = ? and r.id <> ? and r.period in (" + in + ")"
					+ " and e.actual_number is not null and e.status <> 'NOT_REPORTED' order by r.id")
			.params(params)
			// as a value reads (map): without the column's trailing zeros
			.query((rs, row) -> new Reported(rs.getString(1), rs.getString(2),
					rs.getBigDecimal(3).stripTrailingZeros()))
			.list();
	}

	/** A reported number of an earlier round: its period, the indicator, the number. */
	record Reported(String period, String indicatorCode, java.math.BigDecimal number) {
	}

	Optional<EntryRecord> find(long roundId, String indicatorCode) {
		return this.jdbc.sql(SELECT + " where round_id = ? and indicator_code = ?")
			.params(roundId, indicatorCode)
			.query(EntryStore::map)
			.optional();
	}

	void insert(EntryRecord e) {
		this.jdbc.sql(
				"insert into round_entry (round_id, indicator_code, indicator_name, measure_unit, unit_code, node_code,"
						+ " value_type, target_text, previous_text, status, sort_order, version)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(e.roundId, e.indicatorCode, e.indicatorName, e.measureUnit, e.unitCode, e.nodeCode, e.valueType,
					e.targetText, e.previousText, e.status.name(), e.sortOrder)
			.update();
	}

	/**
	 * Writes a value if nobody changed it since it was read, and keeps the new version in
	 * the history.
	 */
	void update(EntryRecord e, String action, Instant now, String username) {
		e.version = OptimisticLock.update(this.jdbc, "round_entry",
				"actual_number = ?, actual_text = ?, note = ?, enabling = ?, inhibiting = ?, status = ?, reason = ?,"
						+ " updated_at = ?, updated_by = ?")
			.values(e.actualNumber, e.actualText, e.note, e.enabling, e.inhibiting, e.status.name(), e.reason, ts(now),
					username)
			.staleAs(() -> new ConflictException("round.entry.stale", e.indicatorCode))
			.apply(e.id, e.version);
		e.updatedAt = now;
		e.updatedBy = username;
		this.jdbc.sql(
				"insert into round_entry_history (entry_id, round_id, version, action, actual_number, actual_text, note,"
						+ " status, reason, changed_at, changed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(e.id, e.roundId, e.version, action, e.actualNumber, e.actualText, e.note, e.status.name(), e.reason,
					ts(now), username)
			.update();
	}

	List<EntryHistoryView> history(long entryId) {
		return this.jdbc
			.sql("select version, action, actual_number, actual_text, note, status, reason, changed_at, changed_by"
					+ " from round_entry_history where entry_id = ? order by id")
			.param(entryId)
			.query((rs, row) -> new EntryHistoryView(rs.getLong("version"), rs.getString("action"),
					rs.getBigDecimal("actual_number"), rs.getString("actual_text"), rs.getString("note"),
					EntryStatus.valueOf(rs.getString("status")), rs.getString("reason"), instant(rs, "changed_at"),
					rs.getString("changed_by")))
			.list();
	}

	void addEvidence(EntryRecord entry, StoredFile file, Instant now, String username) {
		this.jdbc.sql(
				"insert into round_evidence (entry_id, round_id, file_key, file_name, content_type, size_bytes, sha256,"
						+ " uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.id, entry.roundId, file.key(), file.fileName(), file.contentType(), file.size(),
					file.sha256(), ts(now), username)
			.update();
	}

	List<EvidenceRow> evidenceOfRound(long roundId) {
		return this.jdbc.sql(EVIDENCE + " where round_id = ? order by id")
			.param(roundId)
			.query(EntryStore::evidence)
			.list();
	}

	/** The evidence files of one value. */
	List<EvidenceRow> evidenceOf(long entryId) {
		return this.jdbc.sql(EVIDENCE + " where entry_id = ? order by id")
			.param(entryId)
			.query(EntryStore::evidence)
			.list();
	}

	private static EvidenceRow evidence(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new EvidenceRow(rs.getLong("entry_id"), rs.getString("file_key"),
				new EvidenceView(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
						rs.getLong("size_bytes"), rs.getString("sha256"), instant(rs, "uploaded_at"),
						rs.getString("uploaded_by")));
	}

	/** An evidence file with the value it belongs to and its key in the file store. */
	record EvidenceRow(long entryId, String fileKey, EvidenceView view) {
	}

	private static EntryRecord map(ResultSet rs, int row) throws SQLException {
		EntryRecord e = new EntryRecord();
		e.id = rs.getLong("id");
		e.roundId = rs.getLong("round_id");
		e.indicatorCode = rs.getString("indicator_code");
		e.indicatorName = rs.getString("indicator_name");
		e.measureUnit = rs.getString("measure_unit");
		e.unitCode = rs.getString("unit_code");
		e.nodeCode = rs.getString("node_code");
		e.valueType = rs.getString("value_type");
		e.targetText = rs.getString("target_text");
		e.previousText = rs.getString("previous_text");
		e.actualNumber = rs.getBigDecimal("actual_number");
		if (e.actualNumber != null) {
			e.actualNumber = e.actualNumber.stripTrailingZeros();
		}
		e.actualText = rs.getString("actual_text");
		e.note = rs.getString("note");
		e.enabling = rs.getString("enabling");
		e.inhibiting = rs.getString("inhibiting");
		e.status = EntryStatus.valueOf(rs.getString("status"));
		e.reason = rs.getString("reason");
		e.sortOrder = rs.getInt("sort_order");
		e.version = rs.getLong("version");
		e.updatedAt = instant(rs, "updated_at");
		e.updatedBy = rs.getString("updated_by");
		return e;
	}

}
