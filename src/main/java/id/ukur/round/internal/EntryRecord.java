package id.ukur.round.internal;

import id.ukur.round.EntryStatus;
import java.math.BigDecimal;
import java.time.Instant;

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
		return this.actualNumber != null || (this.actualText != null && !this.actualText.isBlank());
	}

}
