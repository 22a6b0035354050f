package id.ukur.shared;

import java.time.Instant;

/**
 * Something that waits for a user: a message key with arguments (rendered in the user's
 * language), where to go, an optional due time and whether it is late; the heading it is
 * listed under (a round's label with its link; null: under its group) and a note shown
 * beside it (why it came back; null: none).
 */
public record InboxItem(String group, String messageKey, Object[] arguments, String link, Instant due, boolean late,
		String heading, String headingLink, Note note) {

	/** An item listed under its group, without a note. */
	public InboxItem(String group, String messageKey, Object[] arguments, String link, Instant due, boolean late) {
		this(group, messageKey, arguments, link, due, late, null, null, null);
	}

	/** A text beside an item: a message key with its arguments. */
	public record Note(String messageKey, Object[] arguments) {
	}

}
