package id.ukur.organization;

import java.util.Set;

/** A user as administrators see it. */
public record UserView(long id, String username, String displayName, String email, String agencyCode, String unitCode,
		Long officialId, Set<Role> roles, boolean active, boolean mustChangePassword, long version) {
}
