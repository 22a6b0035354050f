package id.ukur.round;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's form in one of an agency's rounds, as the dashboards read completeness and
 * timeliness from it (docs/dashboards.md, "Agency dashboard").
 *
 * @param deadline the round's deadline for the units
 * @param submittedAt when the unit submitted, null while it has not (or its form was
 * returned before it submitted again)
 * @param late whether it was submitted after the deadline
 */
public record FormTimeliness(long roundId, int year, Period period, LocalDate deadline, String unitCode,
		FormStatus status, Instant submittedAt, boolean late) {

	/** How a unit reported in a round. */
	public enum Verdict {

		ON_TIME, LATE, MISSING, PENDING

	}

	/**
	 * @param today the region's today
	 * @return on time or late once submitted; missing after the deadline without a
	 * submission; pending before it
	 */
	public Verdict verdict(LocalDate today) {
		if (this.status == FormStatus.SUBMITTED || (this.submittedAt != null && this.status != FormStatus.RETURNED)) {
			return this.late ? Verdict.LATE : Verdict.ON_TIME;
		}
		return (this.deadline != null && today.isAfter(this.deadline)) ? Verdict.MISSING : Verdict.PENDING;
	}

}
