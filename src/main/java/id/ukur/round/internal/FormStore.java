package id.ukur.round.internal;

import static id.ukur.round.internal.Sql.instant;
import static id.ukur.round.internal.Sql.ts;

import id.ukur.round.FormStatus;
import id.ukur.shared.OptimisticLock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units' forms of rounds. */
@Repository
class FormStore {

	static final String SELECT = "select id, round_id, unit_code, status, distributed_at, submitted_at,"
			+ " submitted_by, late, return_reason, reminded_before, reminded_after, version from round_form";

	private final JdbcClient jdbc;

	FormStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FormRecord> ofRound(long roundId) {
		return this.jdbc.sql(SELECT + " where round_id = ? order by unit_code")
			.param(roundId)
			.query(FormStore::map)
			.list();
	}

	Optional<FormRecord> find(long roundId, String unitCode) {
		return this.jdbc.sql(SELECT + " where round_id = ? and unit_code = ?")
			.params(roundId, unitCode)
			.query(FormStore::map)
			.optional();
	}

	void insert(long roundId, String unitCode, FormStatus status) {
		this.jdbc
			.sql("insert into round_form (round_id, unit_code, status, late, reminded_before, reminded_after, version)"
					+ " values (?, ?, ?, false, false, false, 0)")
			.params(roundId, unitCode, status.name())
			.update();
	}

	void update(FormRecord form) {
		form.version = OptimisticLock
			.update(this.jdbc, "round_form",
					"status = ?, distributed_at = ?, submitted_at = ?, submitted_by = ?, late = ?, return_reason = ?")
			.values(form.status.name(), ts(form.distributedAt), ts(form.submittedAt), form.submittedBy, form.late,
					form.returnReason)
			.apply(form.id, form.version);
	}

	/**
	 * Claims a reminder of a form: true for exactly one caller, whichever node runs the
	 * job.
	 */
	boolean claimReminder(long formId, boolean overdue) {
		String column = overdue ? "reminded_after" : "reminded_before";
		return this.jdbc.sql("update round_form set " + column + " = true where id = ? and " + column + " = false")
			.param(formId)
			.update() == 1;
	}

	static FormRecord map(ResultSet rs, int row) throws SQLException {
		FormRecord f = new FormRecord();
		f.id = rs.getLong("id");
		f.roundId = rs.getLong("round_id");
		f.unitCode = rs.getString("unit_code");
		f.status = FormStatus.valueOf(rs.getString("status"));
		f.distributedAt = instant(rs, "distributed_at");
		f.submittedAt = instant(rs, "submitted_at");
		f.submittedBy = rs.getString("submitted_by");
		f.late = rs.getBoolean("late");
		f.returnReason = rs.getString("return_reason");
		f.remindedBefore = rs.getBoolean("reminded_before");
		f.remindedAfter = rs.getBoolean("reminded_after");
		f.version = rs.getLong("version");
		return f;
	}

}
