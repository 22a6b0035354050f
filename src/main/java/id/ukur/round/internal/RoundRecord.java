package id.ukur.round.internal;

import id.ukur.round.Period;
import id.ukur.round.RoundStatus;
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

	String planSnapshot;

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

}
