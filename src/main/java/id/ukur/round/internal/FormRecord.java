package id.ukur.round.internal;

import id.ukur.round.FormStatus;
import id.ukur.shared.ConflictException;
import java.time.Instant;

/** A unit's stored form. */
final class FormRecord {

	long id;

	long roundId;

	String unitCode;

	FormStatus status;

	Instant distributedAt;

	Instant submittedAt;

	String submittedBy;

	boolean late;

	String returnReason;

	boolean remindedBefore;

	boolean remindedAfter;

	long version;

	/**
	 * The form goes out to its unit (again, when a decision went back to distribution).
	 */
	void distribute(Instant now) {
		to(FormStatus.OPEN);
		this.distributedAt = now;
	}

	/** A submitted form is submitted once; a return opens it again. */
	private void requireNotSubmitted() {
		if (this.status == FormStatus.SUBMITTED) {
			throw new ConflictException("round.form.alreadySubmitted", this.unitCode);
		}
	}

	/** The unit head submits; late once means late for good. */
	void submit(Instant now, String by, boolean late) {
		requireNotSubmitted();
		to(FormStatus.SUBMITTED);
		this.submittedAt = now;
		this.submittedBy = by;
		this.late = this.late || late;
		this.returnReason = null;
	}

	/** Values of the form were returned with this reason. */
	void returnValues(String reason) {
		to(FormStatus.RETURNED);
		this.returnReason = reason;
	}

	private void to(FormStatus next) {
		Transitions.check("FORM:" + this.unitCode, this.status, next, this.status.mayBecome(next));
		this.status = next;
	}

}
