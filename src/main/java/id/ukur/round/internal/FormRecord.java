package id.ukur.round.internal;

import id.ukur.round.FormStatus;
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

}
