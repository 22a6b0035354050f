package id.ukur.round.internal;

import static id.ukur.round.internal.Sql.date;
import static id.ukur.round.internal.Sql.instant;
import static id.ukur.round.internal.Sql.localDate;
import static id.ukur.round.internal.Sql.ts;

import id.ukur.round.ActionPlanView;
import id.ukur.shared.OptimisticLock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-up action plans of an agency, kept until closed. */
@Repository
class ActionPlanStore {

	static final String SELECT = "select p.id, p.round_id, r.round_year, r.period, p.indicator_code,"
			+ " p.indicator_name, p.analysis, p.action_text, p.owner_unit, p.due_date, p.status, p.created_at,"
			+ " p.created_by, p.version from action_plan p join measurement_round r on r.id = p.round_id";

	private final JdbcClient jdbc;

	ActionPlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The plans made in a round and the plans of earlier rounds still open. */
	List<ActionPlanView> visibleIn(long agencyId, long roundId) {
		return this.jdbc
			.sql(SELECT + " where p.agency_id = ? and (p.round_id = ? or (p.status <> 'DONE' and p.round_id < ?))"
					+ " order by p.round_id, p.indicator_code, p.id")
			.params(agencyId, roundId, roundId)
			.query(ActionPlanStore::map)
			.list();
	}

	Optional<ActionPlanView> find(long id) {
		return this.jdbc.sql(SELECT + " where p.id = ?").param(id).query(ActionPlanStore::map).optional();
	}

	void insert(long agencyId, long roundId, Map<String, Object> v, Instant now, String username) {
		this.jdbc
			.sql("insert into action_plan (agency_id, round_id, indicator_code, indicator_name, analysis, action_text,"
					+ " owner_unit, due_date, status, created_at, created_by, version)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0)")
			.params(agencyId, roundId, v.get("indicatorCode"), v.get("indicatorName"), v.get("analysis"),
					v.get("action"), v.get("ownerUnit"), date((java.time.LocalDate) v.get("dueDate")), ts(now),
					username)
			.update();
	}

	void updateStatus(long id, long version, String status, Instant now) {
		OptimisticLock.update(this.jdbc, "action_plan", "status = ?, closed_at = ?")
			.values(status, "DONE".equals(status) ? ts(now) : null)
			.apply(id, version);
	}

	static ActionPlanView map(ResultSet rs, int row) throws SQLException {
		String label = id.ukur.round.Periods.label(id.ukur.round.Period.valueOf(rs.getString("period"))) + " "
				+ rs.getInt("round_year");
		return new ActionPlanView(rs.getLong("id"), rs.getLong("round_id"), label, rs.getString("indicator_code"),
				rs.getString("indicator_name"), rs.getString("analysis"), rs.getString("action_text"),
				rs.getString("owner_unit"), localDate(rs, "due_date"), rs.getString("status"),
				instant(rs, "created_at"), rs.getString("created_by"), rs.getLong("version"));
	}

}
