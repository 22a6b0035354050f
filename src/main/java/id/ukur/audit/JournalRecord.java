package id.ukur.audit;

import java.time.Instant;

/**
 * A line of the journal as kept: an {@link JournalEntry} with its number (ascending in
 * the order lines were added) and time.
 *
 * @param regionId the region, null on lines written before lines had one (their agency
 * gives it)
 * @param agencyId the agency, null for a region-level line
 */
public record JournalRecord(long id, Long regionId, Long agencyId, Long roundId, JournalKind kind, String subject,
		String action, String actor, Instant at, String before, String after, String reason) {
}
