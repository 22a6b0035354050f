package id.ukur.round;

import id.ukur.organization.CurrentUser;
import java.util.List;
import java.util.Optional;

/**
 * Measurement rounds. Every method checks the caller: reading needs the agency (or a
 * region-wide role of its region); every act is checked against the round's SOP step and
 * lanes ({@code sop.md} §2) and refused with the step that comes first.
 *
 * Refusals: {@link id.ukur.shared.InvalidInputException} naming each bad field,
 * {@link id.ukur.shared.ForbiddenException}, {@link id.ukur.shared.NotFoundException},
 * {@link id.ukur.shared.ConflictException} for a stale version, a wrong state or an act
 * out of SOP order.
 */
public interface Rounds {

	/** The rounds of an agency, newest first. */
	List<RoundView> rounds(String agencyCode, CurrentUser user);

	RoundView round(long id, CurrentUser user);

	/** Whether the user may order a round for the agency (the SOP's ORDER lane). */
	boolean canOrder(String agencyCode, CurrentUser user);

	RoundView order(String agencyCode, Commands.Order order, CurrentUser user);

	RoundView prepareForms(long id, CurrentUser user);

	RoundView distributeForms(long id, CurrentUser user);

	List<EntryView> entries(long id, CurrentUser user);

	EntryView entry(long id, String indicatorCode, CurrentUser user);

	List<EntryHistoryView> history(long id, String indicatorCode, CurrentUser user);

	EntryView saveEntry(long id, String indicatorCode, Commands.EntryInput input, CurrentUser user);

	EvidenceView addEvidence(long id, String indicatorCode, String fileName, byte[] content, CurrentUser user);

	/** The content of an evidence file with its view. */
	Evidence evidence(long id, long evidenceId, CurrentUser user);

	RoundView submitForm(long id, String unitCode, CurrentUser user);

	EntryView accept(long id, String indicatorCode, CurrentUser user);

	EntryView returnEntry(long id, String indicatorCode, String reason, CurrentUser user);

	EntryView markNotReported(long id, String indicatorCode, String reason, CurrentUser user);

	Recap calculate(long id, CurrentUser user);

	/** The last calculation, or empty before the first. */
	Optional<Recap> recap(long id, CurrentUser user);

	/**
	 * @return the stored calculation, or before it the values so far computed on the fly
	 * ({@link Recap#calculated()} false, provisional)
	 */
	Recap recapSoFar(long id, CurrentUser user);

	RoundView submitForReview(long id, CurrentUser user);

	RoundView review(long id, Commands.Review review, CurrentUser user);

	SealView sign(long id, CurrentUser user);

	RoundView reopen(long id, String reason, CurrentUser user);

	/**
	 * The head cancels a round that is not signed, with a reason: the round is kept and
	 * journaled, and its period is free for a new round.
	 */
	RoundView cancel(long id, String reason, CurrentUser user);

	RoundView send(long id, CurrentUser user);

	RoundView acknowledge(long id, CurrentUser user);

	RoundView archive(long id, String archiveReference, CurrentUser user);

	List<ActionPlanView> actionPlans(long id, CurrentUser user);

	ActionPlanView addActionPlan(long id, Commands.ActionPlan plan, CurrentUser user);

	ActionPlanView setActionPlanStatus(long id, long planId, String status, Long version, CurrentUser user);

	/** Completes a MANUAL step with its note; see the next for a MANUAL decision. */
	default RoundView completeStep(long id, int number, String note, CurrentUser user) {
		return completeStep(id, number, note, null, user);
	}

	/**
	 * Completes a MANUAL step; a MANUAL decision takes {@code YES} or {@code NO}, and a
	 * "no" goes back to the decision's target.
	 */
	RoundView completeStep(long id, int number, String note, String decision, CurrentUser user);

	List<StepView> steps(long id, CurrentUser user);

	/**
	 * What the user may do in the round's validation now (docs/rounds.md, "Separation of
	 * duties"): decided by the same rule that refuses the acts.
	 */
	ValidationRights validation(long id, CurrentUser user);

	/**
	 * @param validator the user validates in this open round (the team or the lanes of
	 * the validation step)
	 * @param ownUnit the user's own unit, whose values they never validate (null if none)
	 * @param settling whether the SOP has reached the step from which values are accepted
	 * or marked not reported
	 * @param fromStep that step's number (null when the SOP sets none)
	 * @param fromActivity that step's activity
	 */
	record ValidationRights(boolean validator, String ownUnit, boolean settling, Integer fromStep,
			String fromActivity) {

		/**
		 * @return whether the user may return a value of the unit
		 */
		public boolean mayReturn(String unitCode) {
			return this.validator && !unitCode.equals(this.ownUnit);
		}

		/**
		 * @return whether the user may accept or mark not reported a value of the unit
		 */
		public boolean maySettle(String unitCode) {
			return mayReturn(unitCode) && this.settling;
		}

	}

	/** An evidence file's content. */
	record Evidence(EvidenceView view, byte[] content) {
	}

	/** One SOP step across rounds. */
	record StepCompliance(int number, String activity, String standard, Long standardMinutes, int measured, int onTime,
			Long medianMinutes) {
	}

}
