package id.ukur.audit;

import java.time.Instant;
import java.util.List;

/**
 * Which lines to read: those of one agency, or of a whole region (its agencies' and its
 * own), optionally only within a time span, of a kind, of an action, by a user, of a
 * round or about a subject, a page at a time, newest first. The database filters, counts
 * and pages (docs/journal.md, "Reading the journal").
 *
 * @param regionId the region, when reading a region's lines (then {@code agencyId} is
 * null)
 * @param agencyId the agency, when reading an agency's lines
 * @param since only lines at or after this time, null for all
 * @param until only lines before this time, null for all
 * @param kind only lines of this kind, null for all
 * @param action only lines of this action code, null for all
 * @param actor only lines by this username, null for all
 * @param roundId only lines of this round, null for all
 * @param subject only lines whose subject contains this text (case-insensitive), null for
 * all
 * @param page the page, from 0
 * @param size lines per page, 1 to {@value Journal#AGENCY_LIMIT_MAX}, or up to
 * {@value #EXPORT_MAX} for a download
 */
public record JournalQuery(Long regionId, Long agencyId, Instant since, Instant until, JournalKind kind, String action,
		String actor, Long roundId, String subject, int page, int size) {

	/** The most lines one download holds. */
	public static final int EXPORT_MAX = 20_000;

	public JournalQuery {
		if ((regionId == null) == (agencyId == null)) {
			throw new IllegalArgumentException("A journal query reads one region or one agency");
		}
		page = Math.max(0, page);
		size = Math.max(1, Math.min(size, EXPORT_MAX));
		actor = blank(actor);
		action = blank(action);
		subject = blank(subject);
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * A page of lines, newest first, whether older lines follow, and how many lines the
	 * filters match in all.
	 */
	public record Page(List<JournalRecord> lines, boolean more, long total) {

		/**
		 * @return the number of pages of {@code size} lines
		 */
		public long pages(int size) {
			return Math.max(1, (this.total + size - 1) / size);
		}

	}

}
