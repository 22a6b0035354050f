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

}
