package id.ukur.audit;

import java.util.List;

/**
 * The append-only audit journal.
 * <p>
 * {@link #record} is a direct call, not an event handled later, because the journal line
 * must share the fate of the action it describes: it is written in the caller's
 * transaction, so the action and its line commit together or roll back together. There is
 * no action without its line and no line for an action that did not happen. It therefore
 * requires a running transaction and refuses to write without one.
 * <p>
 * Nothing updates or deletes journal lines.
 */
public interface Journal {

	/** The most lines {@link #ofAgency} returns. */
	int AGENCY_LIMIT_MAX = 1000;

	/**
	 * Adds a line in the caller's transaction, timed by the application clock.
	 * @param entry the line
	 * @throws org.springframework.transaction.IllegalTransactionStateException when no
	 * transaction is running
	 */
	void record(JournalEntry entry);

	/**
	 * @param roundId a round
	 * @return the round's lines, oldest first
	 */
	List<JournalRecord> ofRound(long roundId);

	/**
	 * @param roundId a round
	 * @param page the page, from 0
	 * @param size lines per page (1 to {@value #AGENCY_LIMIT_MAX})
	 * @return a page of the round's lines, oldest first, with their total
	 */
	JournalQuery.Page ofRound(long roundId, int page, int size);

	/**
	 * @param roundId a round
	 * @param subject a subject within it, e.g. {@code ENTRY:IKU-01}
	 * @return the subject's lines, oldest first
	 */
	List<JournalRecord> ofSubject(long roundId, String subject);

	/**
	 * @param agencyId an agency
	 * @param limit how many lines at most (1 to {@value #AGENCY_LIMIT_MAX}; other values
	 * are brought into that range)
	 * @return the agency's latest lines, newest first
	 */
	List<JournalRecord> ofAgency(long agencyId, int limit);

	/**
	 * @param query which lines
	 * @return a page of the lines asked for, newest first
	 */
	JournalQuery.Page find(JournalQuery query);

	/**
	 * @param query whose lines (its region or agency; the other filters are not used)
	 * @return the action codes those lines have, for a filter's choices
	 */
	List<String> actions(JournalQuery query);

}
