package id.ukur.organization;

/**
 * What a user's open sessions were opened with no longer holds: the user was deactivated,
 * its password was changed or reset, or its name, place or roles changed. Published
 * inside the change's transaction; the web layer ends the sessions (docs/security.md,
 * "Sessions").
 *
 * @param userId the user
 * @param username the name the sessions were opened under (before a rename)
 * @param byTheUser the user changed its own password: the session it did so in goes on
 */
public record UserSessionsRevoked(long userId, String username, boolean byTheUser) {
}
