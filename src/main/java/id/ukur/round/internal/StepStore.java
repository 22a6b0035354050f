package id.ukur.round.internal;

import static id.ukur.round.internal.Sql.instant;
import static id.ukur.round.internal.Sql.ts;

import id.ukur.round.StepStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The step instances of rounds, in execution order. */
@Repository
class StepStore {

	static final String SELECT = "select id, round_id, iteration, step_number, status, started_at, completed_at,"
			+ " completed_by, note, late_reminded from round_step";

	private final JdbcClient jdbc;

	StepStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StepRecord> ofRound(long roundId) {
		return this.jdbc.sql(SELECT + " where round_id = ? order by iteration, step_number")
			.param(roundId)
			.query(StepStore::map)
			.list();
	}

	List<StepRecord> ofRounds(List<Long> roundIds) {
		if (roundIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where round_id in (:ids) order by round_id, iteration, step_number")
			.param("ids", roundIds)
			.query(StepStore::map)
			.list();
	}

	void insert(StepRecord step) {
		this.jdbc
			.sql("insert into round_step (round_id, iteration, step_number, status, started_at, completed_at,"
					+ " completed_by, note, late_reminded) values (?, ?, ?, ?, ?, ?, ?, ?, false)")
			.params(step.roundId, step.iteration, step.number, step.status.name(), ts(step.startedAt),
					ts(step.completedAt), step.completedBy, step.note)
			.update();
		step.stored = step.state();
	}

	void update(StepRecord step) {
		this.jdbc
			.sql("update round_step set status = ?, started_at = ?, completed_at = ?, completed_by = ?, note = ?"
					+ " where round_id = ? and iteration = ? and step_number = ?")
			.params(step.status.name(), ts(step.startedAt), ts(step.completedAt), step.completedBy, step.note,
					step.roundId, step.iteration, step.number)
			.update();
		step.stored = step.state();
	}

	/** Claims the late reminder of a step instance: true for exactly one caller. */
	boolean claimLateReminder(long stepId) {
		return this.jdbc.sql("update round_step set late_reminded = true where id = ? and late_reminded = false")
			.param(stepId)
			.update() == 1;
	}

	static StepRecord map(ResultSet rs, int row) throws SQLException {
		StepRecord s = new StepRecord();
		s.id = rs.getLong("id");
		s.roundId = rs.getLong("round_id");
		s.iteration = rs.getInt("iteration");
		s.number = rs.getInt("step_number");
		s.status = StepStatus.valueOf(rs.getString("status"));
		s.startedAt = instant(rs, "started_at");
		s.completedAt = instant(rs, "completed_at");
		s.completedBy = rs.getString("completed_by");
		s.note = rs.getString("note");
		s.lateReminded = rs.getBoolean("late_reminded");
		s.stored = s.state();
		return s;
	}

}
