package id.ukur.organization;

/**
 * Someone to notify: an active user with an e-mail address.
 *
 * @param userId the user's id
 * @param displayName the name to greet the user by
 * @param email the user's e-mail address, never blank
 */
public record Recipient(long userId, String displayName, String email) {
}
