package id.ukur.audit;

/**
 * A line to add to the journal. The time is not part of it: the journal takes it from the
 * application clock.
 *
 * @param regionId the region the change belongs to; null to take the agency's region
 * @param agencyId the agency the change belongs to, null for a region-level change
 * (region settings, calendars, region-wide users)
 * @param roundId the measurement round, null for actions outside a round
 * @param kind what kind of change it is
 * @param subject what was acted on, e.g. {@code ROUND}, {@code ENTRY:IKU-01},
 * {@code PLAN_INDICATOR:2026:IKU-01} (at most {@value #SUBJECT_MAX} characters)
 * @param action what was done, e.g. {@code ENTRY_SAVED} (at most {@value #ACTION_MAX})
 * @param actor the username of who did it (at most {@value #ACTOR_MAX})
 * @param before the value before (JSON or text), null when there was none (at most
 * {@value #VALUE_MAX})
 * @param after the value after, null when there is none (at most {@value #VALUE_MAX})
 * @param reason the reason given, null when none was asked for (at most
 * {@value #REASON_MAX}; callers check a reason typed by a person before acting)
 */
public record JournalEntry(Long regionId, Long agencyId, Long roundId, JournalKind kind, String subject, String action,
		String actor, String before, String after, String reason) {

	public static final int SUBJECT_MAX = 120;

	public static final int ACTION_MAX = 60;

	public static final int ACTOR_MAX = 60;

	public static final int VALUE_MAX = 1_000_000;

	public static final int REASON_MAX = 4000;

	/**
	 * @throws IllegalArgumentException when a required part is missing or a part is too
	 * long: a programming error, not a user's
	 */
	public JournalEntry {
		if (regionId == null && agencyId == null) {
			throw new IllegalArgumentException("A journal entry needs a region or an agency");
		}
		if (kind == null) {
			throw new IllegalArgumentException("A journal entry needs a kind");
		}
		required("subject", subject, SUBJECT_MAX);
		required("action", action, ACTION_MAX);
		required("actor", actor, ACTOR_MAX);
		optional("before", before, VALUE_MAX);
		optional("after", after, VALUE_MAX);
		optional("reason", reason, REASON_MAX);
	}

	/** A line of a round's action (kind {@link JournalKind#ROUND}). */
	public JournalEntry(long agencyId, Long roundId, String subject, String action, String actor, String before,
			String after, String reason) {
		this(null, agencyId, roundId, JournalKind.ROUND, subject, action, actor, before, after, reason);
	}

	/** A change that belongs to an agency, outside any round. */
	public static JournalEntry agency(JournalKind kind, long agencyId, String subject, String action, String actor,
			String before, String after, String reason) {
		return new JournalEntry(null, agencyId, null, kind, subject, action, actor, before, after, reason);
	}

	/** A change that belongs to a region as a whole. */
	public static JournalEntry region(JournalKind kind, long regionId, String subject, String action, String actor,
			String before, String after, String reason) {
		return new JournalEntry(regionId, null, null, kind, subject, action, actor, before, after, reason);
	}

	private static void required(String name, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A journal entry needs a " + name);
		}
		optional(name, value, max);
	}

	private static void optional(String name, String value, int max) {
		if (value != null && value.length() > max) {
			throw new IllegalArgumentException("Journal " + name + " longer than " + max + " characters");
		}
	}

}
