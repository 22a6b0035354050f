package id.ukur.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import id.ukur.audit.Journal;
import id.ukur.audit.JournalEntry;
import id.ukur.audit.JournalKind;
import id.ukur.audit.JournalQuery;
import id.ukur.audit.JournalRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The journal in table {@code audit_entry}; only ever inserts. */
@Repository
class JdbcJournal implements Journal {

	private static final String COLUMNS = "id, region_id, agency_id, round_id, kind, subject, action, actor,"
			+ " recorded_at, before_value, after_value, reason";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcJournal(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(JournalEntry entry) {
		// a line of an agency takes its region from the agency, so that a region's lines
		// are read by one column
		this.jdbc
			.sql("insert into audit_entry (region_id, agency_id, round_id, kind, subject, action, actor, recorded_at,"
					+ " before_value, after_value, reason)"
					+ " values (coalesce(?, (select region_id from agency where id = ?)), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.regionId(), entry.agencyId(), entry.agencyId(), entry.roundId(), entry.kind().name(),
					entry.subject(), entry.action(), entry.actor(), Timestamp.from(this.clock.instant()),
					entry.before(), entry.after(), entry.reason())
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
	public JournalQuery.Page ofRound(long roundId, int page, int size) {
		int rows = Math.max(1, Math.min(size, AGENCY_LIMIT_MAX));
		long offset = (long) Math.max(0, page) * rows;
		long total = this.jdbc.sql("select count(*) from audit_entry where round_id = ?")
			.param(roundId)
			.query(Long.class)
			.single();
		List<JournalRecord> lines = this.jdbc
			.sql("select " + COLUMNS + " from audit_entry where round_id = ? order by id offset " + offset
					+ " rows fetch next " + rows + " rows only")
			.param(roundId)
			.query(JdbcJournal::row)
			.list();
		return new JournalQuery.Page(lines, offset + lines.size() < total, total);
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

	@Override
	public JournalQuery.Page find(JournalQuery query) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		if (query.agencyId() != null) {
			where.append("agency_id = ?");
			params.add(query.agencyId());
		}
		else {
			// lines written before lines had a region id are found through their agency
			where.append("(region_id = ? or (region_id is null and agency_id in"
					+ " (select id from agency where region_id = ?)))");
			params.add(query.regionId());
			params.add(query.regionId());
		}
		filter(query, where, params);
		long total = this.jdbc.sql("select count(*) from audit_entry where " + where)
			.params(params)
			.query(Long.class)
			.single();
		long offset = (long) query.page() * query.size();
		List<JournalRecord> lines = this.jdbc
			.sql("select " + COLUMNS + " from audit_entry where " + where + " order by id desc offset " + offset
					+ " rows fetch next " + (query.size() + 1) + " rows only")
			.params(params)
			.query(JdbcJournal::row)
			.list();
		boolean more = lines.size() > query.size();
		return new JournalQuery.Page(more ? lines.subList(0, query.size()) : lines, more, total);
	}

	/** The optional filters, each a bound parameter. */
	private static void filter(JournalQuery query, StringBuilder where, List<Object> params) {
		if (query.since() != null) {
			where.append(" and recorded_at >= ?");
			params.add(Timestamp.from(query.since()));
		}
		if (query.until() != null) {
			where.append(" and recorded_at < ?");
			params.add(Timestamp.from(query.until()));
		}
		if (query.kind() != null) {
			where.append(" and kind = ?");
			params.add(query.kind().name());
		}
		if (query.action() != null) {
			where.append(" and action = ?");
			params.add(query.action());
		}
		if (query.actor() != null) {
			where.append(" and actor = ?");
			params.add(query.actor());
		}
		if (query.roundId() != null) {
			where.append(" and round_id = ?");
			params.add(query.roundId());
		}
		if (query.subject() != null) {
			where.append(" and lower(subject) like ? escape '\\'");
			params.add("%" + query.subject()
				.toLowerCase(java.util.Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%");
		}
	}

	@Override
	public List<String> actions(JournalQuery query) {
		if (query.agencyId() != null) {
			return this.jdbc.sql("select distinct action from audit_entry where agency_id = ? order by action")
				.param(query.agencyId())
				.query(String.class)
				.list();
		}
		return this.jdbc
			.sql("select distinct action from audit_entry where region_id = ? or (region_id is null and agency_id in"
					+ " (select id from agency where region_id = ?)) order by action")
			.params(query.regionId(), query.regionId())
			.query(String.class)
			.list();
	}

	private static JournalRecord row(ResultSet rs, int row) throws SQLException {
		return new JournalRecord(rs.getLong("id"), rs.getObject("region_id", Long.class),
				rs.getObject("agency_id", Long.class), rs.getObject("round_id", Long.class),
				JournalKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("action"),
				rs.getString("actor"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("before_value"),
				rs.getString("after_value"), rs.getString("reason"));
	}

}
