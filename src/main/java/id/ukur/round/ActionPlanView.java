package id.ukur.round;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The follow-up of an under-target indicator: the analysis and the action plan (rencana
 * aksi), carried into later rounds until closed.
 */
public record ActionPlanView(long id, long roundId, String roundLabel, String indicatorCode, String indicatorName,
		String analysis, String action, String ownerUnit, LocalDate dueDate, String status, Instant createdAt,
		String createdBy, long version) {

	/**
	 * @return whether the plan is still open
	 */
	public boolean open() {
		return !"DONE".equals(this.status);
	}

}
