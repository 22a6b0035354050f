package id.ukur.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.ukur.audit.JournalKind;
import id.ukur.organization.ApiTokenView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Recipient;
import id.ukur.organization.Role;
import id.ukur.organization.UserAccounts;
import id.ukur.organization.UserCommand;
import id.ukur.organization.UserSessionsRevoked;
import id.ukur.organization.UserView;
import id.ukur.organization.Usernames;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;
import id.ukur.shared.OptimisticLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class UserAccountService implements UserAccounts {

	/** How often a token's "last used" time is written at most. */
	private static final Duration TOKEN_USE_STEP = Duration.ofMinutes(1);

	/**
	 * A token with its user, the codes of the user's region, agency and unit, a row per
	 * role.
	 */
	private static final String TOKEN_USER = "select t.id as token_id, t.last_used_at, u.id as user_id, u.username,"
			+ " u.display_name, u.region_id, r.code as region_code, u.agency_id, a.code as agency_code, u.unit_id,"
			+ " n.code as unit_code, u.active, g.role from api_token t"
			+ " join app_user u on u.id = t.app_user join region r on r.id = u.region_id"
			+ " left join agency a on a.id = u.agency_id left join unit n on n.id = u.unit_id"
			+ " left join role_grant g on g.app_user = u.id where t.token_hash = ? and t.revoked = false";

	private final UserRepository users;

	private final RegionRepository regions;

	private final ApiTokenRepository tokens;

	private final UserRules rules;

	private final PasswordEncoder encoder;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OrganizationJournal journal;

	private final ApplicationEventPublisher events;

	UserAccountService(UserRepository users, RegionRepository regions, ApiTokenRepository tokens, UserRules rules,
			PasswordEncoder encoder, JdbcClient jdbc, Clock clock, OrganizationJournal journal,
			ApplicationEventPublisher events) {
		this.journal = journal;
		this.events = events;
		this.users = users;
		this.regions = regions;
		this.tokens = tokens;
		this.rules = rules;
		this.encoder = encoder;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<CurrentUser> byUsername(String username) {
		return this.users.findByUsername(Usernames.normalize(username)).map(this.rules::current);
	}

	@Override
	public Optional<CurrentUser> byId(long id) {
		return this.users.findById(id).map(this.rules::current);
	}

	@Override
	@Transactional
	public Optional<CurrentUser> byApiToken(String rawToken) {
		// every API request with a token comes here: one query for the token, its user,
		// the codes of the user's region, agency and unit, and the user's roles (a row
		// each) instead of six through the repositories (a fifth of a node's time under
		// load)
		return this.jdbc.sql(TOKEN_USER).param(Secrets.sha256(rawToken)).query((rs) -> {
			if (!rs.next()) {
				return Optional.<CurrentUser>empty();
			}
			long tokenId = rs.getLong("token_id");
			java.sql.Timestamp lastUsed = rs.getTimestamp("last_used_at");
			long userId = rs.getLong("user_id");
			String username = rs.getString("username");
			String displayName = rs.getString("display_name");
			long regionId = rs.getLong("region_id");
			String regionCode = rs.getString("region_code");
			Long agencyId = rs.getObject("agency_id", Long.class);
			String agencyCode = rs.getString("agency_code");
			Long unitId = rs.getObject("unit_id", Long.class);
			String unitCode = rs.getString("unit_code");
			boolean active = rs.getBoolean("active");
			Set<Role> roles = EnumSet.noneOf(Role.class);
			do {
				String role = rs.getString("role");
				if (role != null) {
					roles.add(Role.valueOf(role));
				}
			}
			while (rs.next());
			// "last used" to the minute: a script calling the API many times a second
			// writes the token's row once a minute, not on every request
			Instant now = this.clock.instant();
			if (lastUsed == null || lastUsed.toInstant().isBefore(now.minus(TOKEN_USE_STEP))) {
				this.jdbc.sql("update api_token set last_used_at = ? where id = ?")
					.params(java.sql.Timestamp.from(now), tokenId)
					.update();
			}
			return Optional.of(new CurrentUser(userId, username, "", displayName, regionId, regionCode, agencyId,
					agencyCode, unitId, unitCode, roles, active));
		});
	}

	@Override
	public List<UserView> users(CurrentUser admin, String agencyCode) {
		this.rules.requireAdmin(admin);
		return this.users.findByRegionIdOrderByUsername(admin.regionId())
			.stream()
			.map(this.rules::view)
			.filter((user) -> agencyCode == null || agencyCode.isBlank() || agencyCode.equals(user.agencyCode()))
			.toList();
	}

	@Override
	public UserView user(CurrentUser admin, long userId) {
		return this.rules.view(ownUser(admin, userId, null));
	}

	@Override
	@Transactional
	public CreatedUser createUser(CurrentUser admin, UserCommand command) {
		return createUser(admin, admin.regionCode(), command);
	}

	@Override
	@Transactional
	public CreatedUser createUser(CurrentUser actor, String regionCode, UserCommand command) {
		long regionId = this.regions.findByCode(regionCode)
			.orElseThrow(() -> new NotFoundException("Unknown region " + regionCode))
			.id();
		AdminRights.requireUser(actor, regionId, Set.of(), command.roles());
		String password = Secrets.temporaryPassword();
		return new CreatedUser(insertUser(regionId, command, password, true, actor.username()), password);
	}

	/**
	 * Creates a user without asking who: for the first start, which has nobody to ask
	 * (see {@link FirstAdministrator}); everyone else comes through {@link #createUser}.
	 */
	UserView insertUser(long regionId, UserCommand command, String password, boolean temporary, String actorName) {
		String username = Usernames.normalize(command.username());
		if (this.users.findByUsername(username).isPresent()) {
			throw new InvalidInputException("username", "validation.username.duplicate", username);
		}
		UserRules.Placement placement = this.rules.placement(regionId, command);
		AppUser row = new AppUser(null, username, this.encoder.encode(password), command.displayName().trim(),
				blankToNull(command.email()), regionId, placement.agencyId(), placement.unitId(),
				placement.officialId(), true, temporary, this.clock.instant(), grants(command.roles()), null);
		AppUser saved = this.users.save(row);
		UserView view = this.rules.view(saved);
		this.journal.user(saved.regionId(), saved.agencyId(), "USER_CREATED", actorName, null, view);
		return view;
	}

	@Override
	@Transactional
	public UserView updateUser(CurrentUser admin, long userId, UserCommand command) {
		AppUser row = ownUser(admin, userId, command.roles());
		OptimisticLock.require(row.version(), command.version());
		String username = Usernames.normalize(command.username());
		if (!username.equals(row.username()) && this.users.findByUsername(username).isPresent()) {
			throw new InvalidInputException("username", "validation.username.duplicate", username);
		}
		UserRules.Placement placement = this.rules.placement(row.regionId(), command);
		AppUser changed = new AppUser(row.id(), username, row.passwordHash(), command.displayName().trim(),
				blankToNull(command.email()), row.regionId(), placement.agencyId(), placement.unitId(),
				placement.officialId(), row.active(), row.mustChangePassword(), row.createdAt(),
				grants(command.roles()), row.version());
		UserView before = this.rules.view(row);
		UserView after = this.rules.view(this.users.save(changed));
		if (!before.username().equals(after.username()) || !before.roles().equals(after.roles())
				|| !java.util.Objects.equals(before.agencyCode(), after.agencyCode())
				|| !java.util.Objects.equals(before.unitCode(), after.unitCode())) {
			// open sessions carry the old name, place and roles
			this.events.publishEvent(new UserSessionsRevoked(row.id(), row.username(), false));
		}
		this.journal.user(row.regionId(), (row.agencyId() != null) ? row.agencyId() : changed.agencyId(),
				"USER_CHANGED", admin.username(), before, after);
		return after;
	}

	@Override
	@Transactional
	public void setUserActive(CurrentUser admin, long userId, boolean active) {
		AppUser row = ownUser(admin, userId, null);
		if (!active && row.id() == admin.id()) {
			throw new InvalidInputException("active", "validation.user.selfDeactivate");
		}
		if (row.active() == active) {
			return;
		}
		UserView before = this.rules.view(row);
		OptimisticLock.update(this.jdbc, "app_user", "active = ?").values(active).applyUnchecked(row.id());
		if (!active) {
			this.events.publishEvent(new UserSessionsRevoked(row.id(), row.username(), false));
		}
		this.journal.user(row.regionId(), row.agencyId(), active ? "USER_ACTIVATED" : "USER_DEACTIVATED",
				admin.username(), before, this.rules.view(this.users.findById(row.id()).orElseThrow()));
	}

	@Override
	@Transactional
	public String resetPassword(CurrentUser admin, long userId) {
		AppUser row = ownUser(admin, userId, null);
		String password = Secrets.temporaryPassword();
		OptimisticLock.update(this.jdbc, "app_user", "password_hash = ?, must_change_password = true")
			.values(this.encoder.encode(password))
			.applyUnchecked(row.id());
		this.events.publishEvent(new UserSessionsRevoked(row.id(), row.username(), false));
		// the new password itself is never journaled
		this.journal.happened(JournalKind.ACCESS, row.regionId(), row.agencyId(), "USER:" + row.username(),
				"USER_PASSWORD_RESET", admin.username());
		return password;
	}

	@Override
	@Transactional
	public void changePassword(CurrentUser user, String currentPassword, String newPassword, String confirmation) {
		AppUser row = this.users.findById(user.id()).orElseThrow(() -> new NotFoundException("Unknown user"));
		if (currentPassword == null || !this.encoder.matches(currentPassword, row.passwordHash())) {
			throw new InvalidInputException("currentPassword", "validation.password.current");
		}
		String problem = PasswordPolicy.problem(newPassword, row.username());
		if (problem != null) {
			throw new InvalidInputException("newPassword", problem);
		}
		if (!newPassword.equals(confirmation)) {
			throw new InvalidInputException("confirmation", "validation.password.confirmation");
		}
		OptimisticLock.update(this.jdbc, "app_user", "password_hash = ?, must_change_password = false")
			.values(this.encoder.encode(newPassword))
			.applyUnchecked(row.id());
		this.events.publishEvent(new UserSessionsRevoked(row.id(), row.username(), true));
		this.journal.happened(JournalKind.ACCESS, row.regionId(), row.agencyId(), "USER:" + row.username(),
				"USER_PASSWORD_CHANGED", user.username());
	}

	@Override
	public boolean mustChangePassword(long userId) {
		// asked on every request of a signed-in user: one column, not the whole user
		return this.jdbc.sql("select must_change_password from app_user where id = ?")
			.param(userId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	@Override
	public List<ApiTokenView> tokens(CurrentUser user) {
		return this.tokens.findByAppUserOrderByCreatedAt(user.id())
			.stream()
			.map((row) -> new ApiTokenView(row.id(), row.name(), row.createdAt(), row.lastUsedAt(), row.revoked()))
			.toList();
	}

	@Override
	@Transactional
	public String createToken(CurrentUser user, String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (name.length() > 100) {
			throw new InvalidInputException("name", "validation.length.max", 100);
		}
		String raw = Secrets.apiToken();
		this.tokens
			.save(new ApiToken(null, user.id(), name.trim(), Secrets.sha256(raw), this.clock.instant(), null, false));
		// the token's name only: neither the secret nor its hash
		this.journal.changed(JournalKind.ACCESS, user.regionId(), user.agencyId(), "TOKEN:" + user.username(),
				"TOKEN_CREATED", user.username(), null, java.util.Map.of("name", name.trim()));
		return raw;
	}

	@Override
	@Transactional
	public void revokeToken(CurrentUser user, long tokenId) {
		ApiToken row = this.tokens.findById(tokenId)
			.filter((token) -> token.appUser() == user.id())
			.orElseThrow(() -> new NotFoundException("Unknown token"));
		if (row.revoked()) {
			return;
		}
		this.tokens.save(new ApiToken(row.id(), row.appUser(), row.name(), row.tokenHash(), row.createdAt(),
				row.lastUsedAt(), true));
		this.journal.changed(JournalKind.ACCESS, user.regionId(), user.agencyId(), "TOKEN:" + user.username(),
				"TOKEN_REVOKED", user.username(), java.util.Map.of("name", row.name()), null);
	}

	@Override
	public List<Recipient> recipients(long agencyId, String unitCode, Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		String unit = (unitCode == null) ? ""
				: " and u.unit_id = (select n.id from unit n where n.agency_id = :scope" + " and n.code = :unit)";
		return recipientsWhere("u.agency_id = :scope" + unit, agencyId, unitCode, roles);
	}

	@Override
	public List<Recipient> regionRecipients(long regionId, Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return recipientsWhere("u.region_id = :scope", regionId, null, roles);
	}

	private List<Recipient> recipientsWhere(String scope, long scopeId, String unitCode, Set<Role> roles) {
		var query = this.jdbc
			.sql("select u.id, u.display_name, u.email from app_user u where " + scope
					+ " and u.active = true and u.email is not null and trim(u.email) <> ''"
					+ " and exists (select 1 from role_grant g where g.app_user = u.id and g.role in (:roles))"
					+ " order by u.id")
			.param("scope", scopeId)
			.param("roles", roles.stream().map(Role::name).toList());
		if (unitCode != null) {
			query = query.param("unit", unitCode);
		}
		return query
			.query((rs, row) -> new Recipient(rs.getLong("id"), rs.getString("display_name"),
					rs.getString("email").trim()))
			.list();
	}

	/**
	 * A user the actor may manage, with the roles it is to have ({@code null}:
	 * unchanged).
	 */
	private AppUser ownUser(CurrentUser actor, long userId, Set<Role> after) {
		AppUser row = this.users.findById(userId).orElseThrow(() -> new NotFoundException("Unknown user " + userId));
		Set<Role> before = UserRules.roles(row);
		AdminRights.requireUser(actor, row.regionId(), before, (after != null) ? after : before);
		return row;
	}

	private static Set<RoleGrant> grants(Set<Role> roles) {
		return roles.stream().map((role) -> new RoleGrant(role.name())).collect(Collectors.toSet());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
