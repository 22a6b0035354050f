package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.round.Commands;
import id.ukur.round.Period;
import id.ukur.round.RoundStatus;
import id.ukur.shared.ConflictException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopRevision;
import java.time.Instant;
import java.time.LocalDate;

/** The stored round, changed by the service and written back with a version check. */
final class RoundRecord {

	long id;

	long agencyId;

	long regionId;

	int year;

	Period period;

	LocalDate deadline;

	String orderReference;

	String orderText;

	String letterReference;

	String letterFrom;

	LocalDate letterDate;

	RoundStatus status;

	long sopRevisionId;

	int sopRevision;

	int revision;

	boolean formsPrepared;

	boolean formsDistributed;

	/** The plan copy the round is measured against ({@link PlanCopies}). */
	long planCopyId;

	long dataVersion;

	Long calculatedVersion;

	Instant calculatedAt;

	String recap;

	Instant submittedForReviewAt;

	Instant approvedAt;

	Instant sentAt;

	String sentBy;

	Instant acknowledgedAt;

	String acknowledgedBy;

	String archiveReference;

	Instant archivedAt;

	Instant cancelledAt;

	String cancelledBy;

	String cancelReason;

	Instant orderedAt;

	String orderedBy;

	long version;

	boolean calculationCurrent() {
		return this.calculatedVersion != null && this.calculatedVersion == this.dataVersion;
	}

	boolean open() {
		return this.status == RoundStatus.OPEN;
	}

	/**
	 * A round as its order creates it: open, revision 1, on the agency's active SOP.
	 * Forms count as prepared when the SOP has no step for it, and as sent out when it
	 * has no distribution step either.
	 */
	static RoundRecord ordered(AgencyView agency, Commands.Order command, Period period, SopRevision sop,
			SopExecutor executor, long planCopyId, Instant now, String by) {
		RoundRecord round = new RoundRecord();
		round.agencyId = agency.id();
		round.regionId = agency.regionId();
		round.year = command.year();
		round.period = period;
		round.deadline = command.deadline();
		round.orderReference = Texts.clean(command.orderReference());
		round.orderText = Texts.clean(command.orderText());
		round.letterReference = Texts.clean(command.requestLetterReference());
		round.letterFrom = Texts.clean(command.requestLetterFrom());
		round.letterDate = command.requestLetterDate();
		round.status = RoundStatus.OPEN;
		round.sopRevisionId = sop.id();
		round.sopRevision = sop.revision();
		round.revision = 1;
		round.formsPrepared = !executor.has(Checkpoint.PREPARE_FORMS);
		// without a distribution step the forms go out as soon as they are prepared
		round.formsDistributed = round.formsPrepared && !executor.has(Checkpoint.DISTRIBUTE_FORMS);
		round.planCopyId = planCopyId;
		round.orderedAt = now;
		round.orderedBy = by;
		return round;
	}

	/** The forms are prepared once. */
	void prepareForms() {
		if (this.formsPrepared) {
			throw new ConflictException("round.forms.alreadyPrepared");
		}
		this.formsPrepared = true;
	}

	/** A value changed: the calculation is no longer current. */
	void dataChanged() {
		this.dataVersion++;
	}

	/** The recap of the values as they stand now. */
	void calculated(String recap, Instant now) {
		this.recap = recap;
		this.calculatedAt = now;
		this.calculatedVersion = this.dataVersion;
	}

	void submitForReview(Instant now) {
		this.submittedForReviewAt = now;
	}

	void approve(Instant now) {
		this.approvedAt = now;
	}

	/** A review's "no": calculated and handed over again after the corrections. */
	void returnFromReview() {
		this.calculatedVersion = null;
		this.submittedForReviewAt = null;
	}

	/** A decision's "no" went back before the hand-over for review. */
	void forgetHandOver() {
		this.submittedForReviewAt = null;
	}

	/** A decision's "no" went back before the review. */
	void forgetApproval() {
		this.approvedAt = null;
	}

	/** The signature seals the round. */
	void seal() {
		to(RoundStatus.SEALED);
	}

	/**
	 * The signer reopens a sealed round as a new revision: what the signature, the review
	 * and the region had done starts again.
	 */
	void reopen() {
		if (this.status == RoundStatus.ARCHIVED) {
			throw new ConflictException("round.archived");
		}
		if (this.status != RoundStatus.SEALED) {
			throw new ConflictException("round.notSealed");
		}
		to(RoundStatus.OPEN);
		this.revision++;
		this.calculatedVersion = null;
		this.approvedAt = null;
		this.submittedForReviewAt = null;
		this.sentAt = null;
		this.sentBy = null;
		this.acknowledgedAt = null;
		this.acknowledgedBy = null;
	}

	/** The sealed report goes to the region's planning agency, once. */
	void send(Instant now, String by) {
		if (this.sentAt != null) {
			throw new ConflictException("round.alreadySent");
		}
		this.sentAt = now;
		this.sentBy = by;
	}

	/** The region acknowledges a report sent to it, once. */
	void acknowledge(Instant now, String by) {
		if (this.sentAt == null) {
			throw new ConflictException("round.notSent");
		}
		if (this.acknowledgedAt != null) {
			throw new ConflictException("round.alreadyAcknowledged");
		}
		this.acknowledgedAt = now;
		this.acknowledgedBy = by;
	}

	/** Archived under its reference: nothing changes any more. */
	void archive(String reference, Instant now) {
		if (this.status == RoundStatus.ARCHIVED) {
			throw new ConflictException("round.alreadyArchived");
		}
		to(RoundStatus.ARCHIVED);
		this.archiveReference = reference;
		this.archivedAt = now;
	}

	/** The head cancels an open round; a signed round's report stands. */
	void cancel(Instant now, String by, String reason) {
		if (this.status != RoundStatus.OPEN) {
			throw new ConflictException("round.cancel.signed");
		}
		to(RoundStatus.CANCELLED);
		this.cancelledAt = now;
		this.cancelledBy = by;
		this.cancelReason = reason;
	}

	private void to(RoundStatus next) {
		Transitions.check("ROUND", this.status, next, this.status.mayBecome(next));
		this.status = next;
	}

}
