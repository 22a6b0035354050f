package id.ukur.round.internal;

import id.ukur.round.StepStatus;
import java.time.Instant;

/** A stored step instance. */
final class StepRecord {

	long id;

	long roundId;

	int iteration;

	int number;

	StepStatus status;

	Instant startedAt;

	Instant completedAt;

	String completedBy;

	String note;

	boolean lateReminded;

	/** What the row holds, to write back only instances that changed. */
	String stored;

	String state() {
		return this.status + "|" + this.startedAt + "|" + this.completedAt + "|" + this.completedBy + "|" + this.note;
	}

	boolean changed() {
		return !state().equals(this.stored);
	}

	/** A new instance of a step, waiting, or current from {@code now} on. */
	static StepRecord instance(long roundId, int iteration, int number, Instant currentFrom) {
		StepRecord record = new StepRecord();
		record.roundId = roundId;
		record.iteration = iteration;
		record.number = number;
		record.status = (currentFrom != null) ? StepStatus.CURRENT : StepStatus.WAITING;
		record.startedAt = currentFrom;
		return record;
	}

	/** The step's turn has come. */
	void start(Instant now) {
		to(StepStatus.CURRENT);
		this.startedAt = now;
	}

	/** Done, by a user or the system, with the note written on it. */
	void complete(Instant now, String by, String note) {
		to(StepStatus.DONE);
		finished(now, by, note);
	}

	/** The step that held a round when its head cancelled it. */
	void cancel(Instant now, String by, String reason) {
		to(StepStatus.CANCELLED);
		finished(now, by, reason);
	}

	/** Kept in the history when a return or a reopening runs the step again. */
	void reopen() {
		to(StepStatus.REOPENED);
	}

	private void finished(Instant now, String by, String note) {
		this.completedAt = now;
		this.completedBy = by;
		this.note = note;
	}

	private void to(StepStatus next) {
		Transitions.check("STEP:" + this.number, this.status, next, this.status.mayBecome(next));
		this.status = next;
	}

}
