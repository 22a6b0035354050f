package id.ukur.round;

import id.ukur.organization.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What rounds tell other modules (notifications listen to these after the transaction
 * commits). Each names the round, its agency and its period as written on documents.
 */
public final class RoundEvents {

	private RoundEvents() {
	}

	/** The forms went out to these units. */
	public record FormsDistributed(long roundId, long agencyId, String periodLabel, List<String> unitCodes,
			LocalDate deadline) {
	}

	/** A step became current; the users of these roles hold it. */
	public record StepBecameCurrent(long roundId, long agencyId, String periodLabel, int number, String activity,
			List<Role> roles, Instant due) {
	}

	/** Values of a unit were returned with a reason. */
	public record ValuesReturned(long roundId, long agencyId, String periodLabel, String unitCode,
			List<String> indicatorCodes, String reason) {
	}

	/**
	 * A unit has not submitted and its deadline is near ({@code overdue} false) or passed
	 * (true). Published once per form and kind, whichever node runs the reminder job.
	 */
	public record DeadlineReminder(long roundId, long agencyId, String periodLabel, String unitCode, LocalDate deadline,
			boolean overdue) {
	}

	/**
	 * A step is past its standard time; its lane's users and the planner are reminded.
	 */
	public record StepLate(long roundId, long agencyId, String periodLabel, int number, String activity,
			List<Role> roles) {
	}

	/** The sealed report was sent to the region's planning agency. */
	public record RoundSent(long roundId, long agencyId, long regionId, String periodLabel) {
	}

	/** The head cancelled the round with this reason; its period is free again. */
	public record RoundCancelled(long roundId, long agencyId, String periodLabel, String reason) {
	}

}
