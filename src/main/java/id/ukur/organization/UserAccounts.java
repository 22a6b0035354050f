package id.ukur.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Users, passwords and personal API tokens. Administration methods need the region's
 * {@code ADMIN}; a user changes only its own password and tokens.
 */
public interface UserAccounts {

	/**
	 * @return the user with this username, with its password hash, for authentication
	 */
	Optional<CurrentUser> byUsername(String username);

	/**
	 * @return the user with this id
	 */
	Optional<CurrentUser> byId(long id);

	/**
	 * @return the user owning a valid, unrevoked token, marking it used
	 */
	Optional<CurrentUser> byApiToken(String rawToken);

	/**
	 * @return users of the admin's region, optionally of one agency
	 */
	List<UserView> users(CurrentUser admin, String agencyCode);

	/**
	 * @return one user of the admin's region
	 */
	UserView user(CurrentUser admin, long userId);

	/**
	 * Creates a user in the admin's own region with a temporary password, which is
	 * returned once.
	 */
	CreatedUser createUser(CurrentUser admin, UserCommand command);

	/**
	 * Creates a user in a region with a temporary password, which is returned once: a
	 * region's administrator creates users of its own region, an installation
	 * administrator the administrators of any region (README, "Who administers what").
	 * @throws id.ukur.shared.NotFoundException for an unknown region
	 * @throws id.ukur.shared.ForbiddenException when the actor may not
	 */
	CreatedUser createUser(CurrentUser actor, String regionCode, UserCommand command);

	/** Changes a user; refuses a stale version. */
	UserView updateUser(CurrentUser admin, long userId, UserCommand command);

	/** Deactivates or reactivates a user. */
	void setUserActive(CurrentUser admin, long userId, boolean active);

	/** Sets a new temporary password (returned once) and unlocks the account. */
	String resetPassword(CurrentUser admin, long userId);

	/** Changes the user's own password after checking the current one. */
	void changePassword(CurrentUser user, String currentPassword, String newPassword, String confirmation);

	/**
	 * @return whether the user still has to replace a temporary password
	 */
	boolean mustChangePassword(long userId);

	/**
	 * @return the user's tokens
	 */
	List<ApiTokenView> tokens(CurrentUser user);

	/** Creates a token; the secret is returned once and only its digest is stored. */
	String createToken(CurrentUser user, String name);

	/** Revokes one of the user's tokens. */
	void revokeToken(CurrentUser user, long tokenId);

	/**
	 * Active users of an agency with an e-mail address who hold one of the roles, ordered
	 * by id; no access check (for notifications).
	 * @param agencyId the agency
	 * @param unitCode only users of this unit of the agency, or {@code null} for all
	 * @param roles the roles, any of which qualifies
	 * @return the recipients, empty when there are no roles
	 */
	List<Recipient> recipients(long agencyId, String unitCode, Set<Role> roles);

	/**
	 * Active users of a region with an e-mail address who hold one of the roles, ordered
	 * by id; no access check (for notifications to region-wide roles such as the planning
	 * agency).
	 * @param regionId the region
	 * @param roles the roles, any of which qualifies
	 * @return the recipients, empty when there are no roles
	 */
	List<Recipient> regionRecipients(long regionId, Set<Role> roles);

	/** A created user and its temporary password. */
	record CreatedUser(UserView user, String temporaryPassword) {
	}

}
