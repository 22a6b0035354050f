package id.ukur.sop;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One revision of an agency's SOP: its number, whether it is the active one, and the
 * definition.
 */
public record SopRevision(long id, long agencyId, int revision, boolean active, LocalDate revisionDate, String note,
		Instant createdAt, String createdBy, SopDefinition definition) {
}
