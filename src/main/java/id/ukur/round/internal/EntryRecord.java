package id.ukur.round.internal;

import id.ukur.round.EntryStatus;
import id.ukur.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/** A stored value of a round. */
final class EntryRecord {

	long id;

	long roundId;

	String indicatorCode;

	String indicatorName;

	String measureUnit;

	String unitCode;

	String nodeCode;

	String valueType;

	String targetText;

	String previousText;

	BigDecimal actualNumber;

	String actualText;

	String note;

	String enabling;

	String inhibiting;

	EntryStatus status;

	String reason;

	int sortOrder;

	long version;

	Instant updatedAt;

	String updatedBy;

	boolean hasValue() {
		return hasValue(this.actualNumber != null, this.actualText);
	}

	/** Whether a value holds a number or a text that is not blank. */
	static boolean hasValue(boolean number, String text) {
		return number || (text != null && !text.isBlank());
	}

	/** Only the unit changes an empty, draft or returned value. */
	private void requireEditableByUnit() {
		if (!this.status.editableByUnit()) {
			throw new ConflictException("round.entry.locked", this.indicatorCode, statusText());
		}
	}

	/** The unit's input; the first save makes an empty value a draft. */
	void edit(BigDecimal number, String text, String note, String enabling, String inhibiting) {
		requireEditableByUnit();
		this.actualNumber = number;
		this.actualText = text;
		this.note = note;
		this.enabling = enabling;
		this.inhibiting = inhibiting;
		if (this.status == EntryStatus.EMPTY) {
			to(EntryStatus.DRAFT);
		}
	}

	/** Submitted with its form. */
	void submit() {
		to(EntryStatus.SUBMITTED);
	}

	/** The team accepts a submitted value. */
	void accept() {
		if (this.status != EntryStatus.SUBMITTED) {
			throw new ConflictException("round.entry.notSubmitted", this.indicatorCode, statusText());
		}
		to(EntryStatus.ACCEPTED);
		this.reason = null;
	}

	/** Back to the unit with a reason: a submitted or accepted value. */
	void returnToUnit(String why) {
		if (this.status != EntryStatus.SUBMITTED && this.status != EntryStatus.ACCEPTED) {
			throw new ConflictException("round.entry.notSubmitted", this.indicatorCode, statusText());
		}
		to(EntryStatus.RETURNED);
		this.reason = why;
	}

	/** The team settles a value the unit did not report, with a reason. */
	void markNotReported(String why) {
		if (this.status.settled()) {
			throw new ConflictException("round.entry.settled", this.indicatorCode, statusText());
		}
		to(EntryStatus.NOT_REPORTED);
		this.reason = why;
	}

	String statusText() {
		return this.status.name().toLowerCase(Locale.ROOT);
	}

	private void to(EntryStatus next) {
		Transitions.check("ENTRY:" + this.indicatorCode, this.status, next, this.status.mayBecome(next));
		this.status = next;
	}

}
