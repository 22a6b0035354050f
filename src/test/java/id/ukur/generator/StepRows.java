package id.ukur.generator;

import id.ukur.generator.OrganizationRows.Agency;
import id.ukur.organization.Role;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Identity;
import id.ukur.sop.SopDefinition.Step;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each agency's SOP revision (a copy of one seed SOP under the agency's name) and the
 * step instances of its rounds: one step a day, conditions completed by the system.
 */
final class StepRows {

	private final Rows rows;

	private final Ids ids;

	private final SopDefinition seed;

	StepRows(Rows rows, Ids ids, SopDefinition seed) {
		this.rows = rows;
		this.ids = ids;
		this.seed = seed;
	}

	static void declare(Rows rows) throws SQLException {
		rows.table("sop_revision", "id", "agency_id", "revision", "active", "name", "revision_date", "note", "content",
				"created_at", "created_by");
	}

	/** The step instances refer to rounds: declared after them. */
	static void declareSteps(Rows rows) throws SQLException {
		rows.table("round_step", "id", "round_id", "iteration", "step_number", "status", "started_at", "completed_at",
				"completed_by", "note", "late_reminded");
	}

	/**
	 * @return the seed SOP under the agency's and region's names, as the SOP module
	 * stores it (JSON)
	 */
	static String content(SopDefinition seed, String agencyName, String regionName, JsonMapper json) {
		Identity seen = seed.identity();
		Identity identity = new Identity(agencyName.toUpperCase(), regionName.toUpperCase(), seen.number(), seen.name(),
				seen.createdOn(), seen.revisedOn(), seen.effectiveOn(), seen.approvedOn(), seen.approvedBy(),
				seen.legalBasis(), seen.qualifications(), seen.relatedSops(), seen.equipment(), seen.warning(),
				seen.recordKeeping());
		return json.writeValueAsString(new SopDefinition(identity, seed.lanes(), seed.steps()));
	}

	/**
	 * @return the id of the agency's active revision 1
	 */
	long revision(Agency agency, String content, int year, Instant at) throws SQLException {
		long id = this.ids.next("sop_revision");
		this.rows.add("sop_revision", id, agency.id(), 1, true, this.seed.identity().name(), LocalDate.of(year, 1, 2),
				"Disalin dari SOP contoh", content, at, agency.users().get(Role.PLANNER));
		return id;
	}

	/**
	 * Writes the step instances of a round: all done when archived; when open, done up to
	 * the calculation and the next one current.
	 * @return when the last done step completed
	 */
	Instant write(long roundId, Instant ordered, boolean open, Agency agency, String regionCode) throws SQLException {
		List<Step> steps = this.seed.steps();
		int last = open ? lastDoneWhileOpen(steps) : steps.size() - 1;
		Instant time = ordered;
		Instant done = ordered;
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			String status = (i <= last) ? "DONE" : (i == last + 1) ? "CURRENT" : "WAITING";
			Instant started = (i <= last + 1) ? time : null;
			Instant completed = (i <= last) ? time.plus(1, ChronoUnit.DAYS) : null;
			this.rows.add("round_step", this.ids.next("round_step"), roundId, 1, step.number(), status, started,
					completed, (completed != null) ? actor(step, agency, regionCode) : null, null, false);
			if (completed != null) {
				time = completed;
				done = completed;
			}
		}
		return done;
	}

	/** The calculation step, else the step before the review (the planner calculates). */
	private static int lastDoneWhileOpen(List<Step> steps) {
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).binding() == Checkpoint.CALCULATE) {
				return i;
			}
		}
		for (int i = 0; i < steps.size(); i++) {
			Checkpoint binding = steps.get(i).binding();
			if (binding == Checkpoint.SUBMIT_FOR_REVIEW || binding == Checkpoint.REVIEW) {
				return i - 1;
			}
		}
		return 0;
	}

	private String actor(Step step, Agency agency, String regionCode) {
		if (step.binding().condition()) {
			return "sistem";
		}
		Role role = step.lanes().isEmpty() ? Role.PLANNER : this.seed.lane(step.lanes().get(0)).role();
		return switch (role) {
			case UNIT_HEAD, UNIT_STAFF -> agency.unitHeads().values().iterator().next();
			case PLANNING_AGENCY, AUDITOR, ADMIN -> regionCode + ".bappeda";
			default -> agency.users().getOrDefault(role, agency.users().get(Role.PLANNER));
		};
	}

}
