package id.ukur.round.internal;

import static id.ukur.round.internal.Sql.localDate;

import id.ukur.round.EntryStatus;
import id.ukur.round.Period;
import id.ukur.round.RoundStatus;
import id.ukur.round.internal.FormCounts.Tally;
import id.ukur.round.internal.SealStore.SealRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What lists of rounds and the reminder job read of many rounds at once, each in one
 * query whatever the number of rounds: the current steps, the forms, the counts of values
 * by unit and status, the latest seals; the forms and steps the reminder job may have to
 * remind of.
 */
@Repository
class RoundSummaries {

	/** The columns the reminder job needs of a round, prefixed {@code r.}. */
	private static final String ROUND = "r.id as r_id, r.agency_id as r_agency_id, r.region_id as r_region_id,"
			+ " r.round_year as r_year, r.period as r_period, r.deadline as r_deadline,"
			+ " r.sop_revision_id as r_sop_revision_id";

	private final JdbcClient jdbc;

	RoundSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current step instance of each round that has one (the first in execution order,
	 * as {@link SopExecutor#current} takes it).
	 */
	Map<Long, StepRecord> currentSteps(List<Long> roundIds) {
		Map<Long, StepRecord> current = new HashMap<>();
		if (!roundIds.isEmpty()) {
			this.jdbc
				.sql(StepStore.SELECT + " where round_id in (:ids) and status = 'CURRENT'"
						+ " order by round_id, iteration, step_number")
				.param("ids", roundIds)
				.query(StepStore::map)
				.list()
				.forEach((s) -> current.putIfAbsent(s.roundId, s));
		}
		return current;
	}

	/** The forms of each round, by unit code as {@link FormStore#ofRound} orders them. */
	Map<Long, List<FormRecord>> forms(List<Long> roundIds) {
		Map<Long, List<FormRecord>> forms = new HashMap<>();
		if (!roundIds.isEmpty()) {
			this.jdbc.sql(FormStore.SELECT + " where round_id in (:ids) order by round_id, unit_code")
				.param("ids", roundIds)
				.query(FormStore::map)
				.list()
				.forEach((f) -> forms.computeIfAbsent(f.roundId, (id) -> new ArrayList<>()).add(f));
		}
		return forms;
	}

	/**
	 * The values of each round counted by unit, status and whether they hold a number; a
	 * text value is grouped by its text, so that {@link EntryRecord#hasValue} decides.
	 */
	Map<Long, List<Tally>> tallies(List<Long> roundIds) {
		Map<Long, List<Tally>> tallies = new HashMap<>();
		if (!roundIds.isEmpty()) {
			this.jdbc
				.sql("select round_id, unit_code, status, numbered, text_value, count(*) as values_counted from"
						+ " (select round_id, unit_code, status,"
						+ " case when actual_number is null then 0 else 1 end as numbered,"
						+ " case when actual_number is null then actual_text end as text_value"
						+ " from round_entry where round_id in (:ids)) v"
						+ " group by round_id, unit_code, status, numbered, text_value")
				.param("ids", roundIds)
				.query((rs, row) -> new Tally(rs.getLong("round_id"), rs.getString("unit_code"),
						EntryStatus.valueOf(rs.getString("status")),
						EntryRecord.hasValue(rs.getInt("numbered") == 1, rs.getString("text_value")),
						rs.getInt("values_counted")))
				.list()
				.forEach((t) -> tallies.computeIfAbsent(t.roundId(), (id) -> new ArrayList<>()).add(t));
		}
		return tallies;
	}

	/** The latest seal of each sealed round, as {@link SealStore#latest} gives it. */
	Map<Long, SealRecord> latestSeals(List<Long> roundIds) {
		Map<Long, SealRecord> latest = new HashMap<>();
		if (!roundIds.isEmpty()) {
			this.jdbc.sql(SealStore.SELECT + " where round_id in (:ids) order by round_id, revision")
				.param("ids", roundIds)
				.query(SealStore::map)
				.list()
				.forEach((s) -> latest.put(s.roundId(), s));
		}
		return latest;
	}

	/**
	 * The forms of open rounds whose deadline reminder may be due: sent out, not
	 * submitted, a reminder not yet claimed, the deadline on or before the given day (the
	 * caller decides in the region's time zone).
	 */
	List<RoundForm> formsToRemind(LocalDate latestDeadline) {
		return this.jdbc
			.sql("select " + ROUND + ", f.id as f_id, f.unit_code as f_unit_code, f.status as f_status,"
					+ " f.reminded_before as f_before, f.reminded_after as f_after"
					+ " from round_form f join measurement_round r on r.id = f.round_id"
					+ " where r.status = 'OPEN' and r.deadline <= ? and f.status not in ('SUBMITTED', 'PREPARED')"
					+ " and (f.reminded_before = false or f.reminded_after = false) order by r.id, f.unit_code")
			.param(Sql.date(latestDeadline))
			.query((rs, row) -> {
				FormRecord f = new FormRecord();
				f.id = rs.getLong("f_id");
				f.roundId = rs.getLong("r_id");
				f.unitCode = rs.getString("f_unit_code");
				f.status = id.ukur.round.FormStatus.valueOf(rs.getString("f_status"));
				f.remindedBefore = rs.getBoolean("f_before");
				f.remindedAfter = rs.getBoolean("f_after");
				return new RoundForm(round(rs), f);
			})
			.list();
	}

	/**
	 * The current steps of open rounds that started before {@code now} and whose late
	 * reminder is not yet claimed: the only steps that may be late.
	 */
	List<RoundStep> stepsToWatch(Instant now) {
		return this.jdbc
			.sql("select " + ROUND + ", s.id, s.round_id, s.iteration, s.step_number, s.status, s.started_at,"
					+ " s.completed_at, s.completed_by, s.note, s.late_reminded"
					+ " from round_step s join measurement_round r on r.id = s.round_id"
					+ " where r.status = 'OPEN' and s.status = 'CURRENT' and s.late_reminded = false"
					+ " and s.started_at < ? order by r.id, s.iteration, s.step_number")
			.param(Timestamp.from(now))
			.query((rs, row) -> new RoundStep(round(rs), StepStore.map(rs, row)))
			.list();
	}

	private static RoundRecord round(ResultSet rs) throws SQLException {
		RoundRecord r = new RoundRecord();
		r.id = rs.getLong("r_id");
		r.agencyId = rs.getLong("r_agency_id");
		r.regionId = rs.getLong("r_region_id");
		r.year = rs.getInt("r_year");
		r.period = Period.valueOf(rs.getString("r_period"));
		r.deadline = localDate(rs, "r_deadline");
		r.sopRevisionId = rs.getLong("r_sop_revision_id");
		r.status = RoundStatus.OPEN;
		return r;
	}

	/** An open round's form, with what the reminder job needs of the round. */
	record RoundForm(RoundRecord round, FormRecord form) {
	}

	/** An open round's current step, with what the reminder job needs of the round. */
	record RoundStep(RoundRecord round, StepRecord step) {
	}

}
