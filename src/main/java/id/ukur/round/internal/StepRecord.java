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

}
