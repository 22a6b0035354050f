package id.ukur.audit;

import java.time.Instant;

/**
 * Which lines to read: those of one agency, or of a whole region (its agencies' and its
 * own), optionally only since a time, of a kind or by a user, a page at a time, newest
 * first.
 *
 * @param regionId the region, when reading a region's lines (then {@code agencyId} is
 * null)
 * @param agencyId the agency, when reading an agency's lines
 * @param since only lines at or after this time, null for all
 * @param kind only lines of this kind, null for all
 * @param actor only lines by this username, null for all
 * @param page the page, from 0
 * @param size lines per page, 1 to {@value Journal#AGENCY_LIMIT_MAX}
 */
public record JournalQuery(Long regionId, Long agencyId, Instant since, JournalKind kind, String actor, int page,
		int size) {

	public JournalQuery {
		if ((regionId == null) == (agencyId == null)) {
			throw new IllegalArgumentException("A journal query reads one region or one agency");
		}
		page = Math.max(0, page);
		size = Math.max(1, Math.min(size, Journal.AGENCY_LIMIT_MAX));
		actor = (actor == null || actor.isBlank()) ? null : actor.trim();
	}

	/** A page of lines, newest first, and whether older lines follow. */
	public record Page(java.util.List<JournalRecord> lines, boolean more) {
	}

}
