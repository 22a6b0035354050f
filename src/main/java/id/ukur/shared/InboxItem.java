package id.ukur.shared;

import java.time.Instant;

/**
 * Something that waits for a user: a message key with arguments (rendered in the user's
 * language), where to go, an optional due time and whether it is late.
 */
public record InboxItem(String group, String messageKey, Object[] arguments, String link, Instant due, boolean late) {
}
