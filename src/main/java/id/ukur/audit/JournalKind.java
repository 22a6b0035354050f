package id.ukur.audit;

/** What a journal line is about, for filtering (docs/journal.md). */
public enum JournalKind {

	/** An action on a measurement round. */
	ROUND,
	/** A change of a plan: a node, an indicator, its targets, the PK signature. */
	PLAN,
	/** A new revision of an SOP. */
	SOP,
	/** Units, officials, agencies, region settings and calendars. */
	ORGANIZATION,
	/** Users, their roles and API tokens. */
	ACCESS

}
