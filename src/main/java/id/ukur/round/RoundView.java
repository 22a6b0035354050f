package id.ukur.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A round as pages and the API show it.
 *
 * @param revision 1 for the first sealing; a reopening after the signature makes the next
 * @param calculationCurrent whether the last calculation is newer than the last change of
 * a value
 * @param currentStep the step instance that holds the round, or null when every step is
 * done or the round was cancelled
 * @param cancellation who cancelled the round, when and why; null unless cancelled
 * @param actions what the reader may do with the round now (docs/rounds.md, "Who may do
 * what")
 */
public record RoundView(long id, long agencyId, String agencyCode, String agencyName, long regionId, int year,
		Period period, LocalDate deadline, String orderReference, String orderText, String requestLetterReference,
		String requestLetterFrom, LocalDate requestLetterDate, RoundStatus status, long sopRevisionId, int sopRevision,
		int revision, boolean formsPrepared, boolean formsDistributed, Instant calculatedAt, boolean calculationCurrent,
		Instant submittedForReviewAt, Instant approvedAt, Instant sentAt, String sentBy, Instant acknowledgedAt,
		String acknowledgedBy, String archiveReference, Instant archivedAt, String verificationCode, String sha256,
		Instant signedAt, String signedBy, Instant orderedAt, String orderedBy, long version, List<FormView> forms,
		StepView currentStep, Cancellation cancellation, Set<RoundAction> actions) {

	public RoundView {
		actions = (actions != null) ? Set.copyOf(actions) : Set.of();
	}

	/** A round seen by no one in particular (documents): no actions. */
	public RoundView(long id, long agencyId, String agencyCode, String agencyName, long regionId, int year,
			Period period, LocalDate deadline, String orderReference, String orderText, String requestLetterReference,
			String requestLetterFrom, LocalDate requestLetterDate, RoundStatus status, long sopRevisionId,
			int sopRevision, int revision, boolean formsPrepared, boolean formsDistributed, Instant calculatedAt,
			boolean calculationCurrent, Instant submittedForReviewAt, Instant approvedAt, Instant sentAt, String sentBy,
			Instant acknowledgedAt, String acknowledgedBy, String archiveReference, Instant archivedAt,
			String verificationCode, String sha256, Instant signedAt, String signedBy, Instant orderedAt,
			String orderedBy, long version, List<FormView> forms, StepView currentStep, Cancellation cancellation) {
		this(id, agencyId, agencyCode, agencyName, regionId, year, period, deadline, orderReference, orderText,
				requestLetterReference, requestLetterFrom, requestLetterDate, status, sopRevisionId, sopRevision,
				revision, formsPrepared, formsDistributed, calculatedAt, calculationCurrent, submittedForReviewAt,
				approvedAt, sentAt, sentBy, acknowledgedAt, acknowledgedBy, archiveReference, archivedAt,
				verificationCode, sha256, signedAt, signedBy, orderedAt, orderedBy, version, forms, currentStep,
				cancellation, Set.of());
	}

	/**
	 * @param actionName a {@link RoundAction} name, as templates write it
	 * @return whether the reader may take that action
	 */
	public boolean allows(String actionName) {
		return this.actions.stream().anyMatch((action) -> action.name().equals(actionName));
	}

	/**
	 * @return the period as written on documents, e.g. {@code TW II 2026}
	 */
	public String periodLabel() {
		return Periods.label(this.period) + " " + this.year;
	}

	/**
	 * @return how many units have submitted their form
	 */
	public long submittedForms() {
		return this.forms.stream().filter((form) -> form.status() == FormStatus.SUBMITTED).count();
	}

	/**
	 * @return whether the round is sealed or archived
	 */
	public boolean sealed() {
		return this.status == RoundStatus.SEALED || this.status == RoundStatus.ARCHIVED;
	}

	/**
	 * @return whether the head cancelled the round
	 */
	public boolean cancelled() {
		return this.status == RoundStatus.CANCELLED;
	}

	/** A cancellation: who, when and why. */
	public record Cancellation(Instant at, String by, String reason) {
	}

}
