package id.ukur.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import id.ukur.audit.Journal;
import id.ukur.audit.JournalEntry;
import id.ukur.audit.JournalRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The journal in table {@code audit_entry}; only ever inserts. */
@Repository
class JdbcJournal implements Journal {

	private static final String COLUMNS = "id, agency_id, round_id, subject, action, actor, recorded_at,"
			+ " before_value, after_value, reason";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcJournal(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(JournalEntry entry) {
		this.jdbc
			.sql("insert into audit_entry (agency_id, round_id, subject, action, actor, recorded_at, before_value,"
					+ " after_value, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.agencyId(), entry.roundId(), entry.subject(), entry.action(), entry.actor(),
					Timestamp.from(this.clock.instant()), entry.before(), entry.after(), entry.reason())
			.update();
	}

	@Override
	public List<JournalRecord> ofRound(long roundId) {
		return this.jdbc.sql("select " + COLUMNS + " from audit_entry where round_id = ? order by id")
			.param(roundId)
			.query(JdbcJournal::row)
			.list();
	}

	@Override
	public List<JournalRecord> ofSubject(long roundId, String subject) {
		return this.jdbc.sql("select " + COLUMNS + " from audit_entry where round_id = ? and subject = ? order by id")
			.params(roundId, subject)
			.query(JdbcJournal::row)
			.list();
	}

	@Override
	public List<JournalRecord> ofAgency(long agencyId, int limit) {
		int rows = Math.max(1, Math.min(limit, AGENCY_LIMIT_MAX));
		return this.jdbc
			.sql("select " + COLUMNS + " from audit_entry where agency_id = ? order by id desc fetch first " + rows
					+ " rows only")
			.param(agencyId)
			.query(JdbcJournal::row)
			.list();
	}

	private static JournalRecord row(ResultSet rs, int row) throws SQLException {
		return new JournalRecord(rs.getLong("id"), rs.getLong("agency_id"), rs.getObject("round_id", Long.class),
				rs.getString("subject"), rs.getString("action"), rs.getString("actor"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("before_value"), rs.getString("after_value"),
				rs.getString("reason"));
	}

}
