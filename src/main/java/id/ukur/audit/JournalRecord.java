package id.ukur.audit;

import java.time.Instant;

/**
 * A line of the journal as kept: an {@link JournalEntry} with its number (ascending in
 * the order lines were added) and time.
 */
public record JournalRecord(long id, long agencyId, Long roundId, String subject, String action, String actor,
		Instant at, String before, String after, String reason) {
}
