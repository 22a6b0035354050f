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

	private final UserRepository users;

	private final ApiTokenService apiTokens;

	private final UserRecipients recipients;

	private final RegionRepository regions;

	private final UserRules rules;

	private final PasswordEncoder encoder;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OrganizationJournal journal;

	private final ApplicationEventPublisher events;

	UserAccountService(UserRepository users, RegionRepository regions, ApiTokenService apiTokens,
			UserRecipients recipients, UserRules rules, PasswordEncoder encoder, JdbcClient jdbc, Clock clock,
			OrganizationJournal journal, ApplicationEventPublisher events) {
		this.journal = journal;
		this.events = events;
		this.users = users;
		this.regions = regions;
		this.apiTokens = apiTokens;
		this.recipients = recipients;
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
			.orElseThrow(() -> new NotFoundException("organization.region.unknown", regionCode))
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
		AppUser row = this.users.findById(user.id())
			.orElseThrow(() -> new NotFoundException("organization.user.unknown"));
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
	@Transactional
	public Optional<CurrentUser> byApiToken(String rawToken) {
		return this.apiTokens.byApiToken(rawToken);
	}

	@Override
	public List<ApiTokenView> tokens(CurrentUser user) {
		return this.apiTokens.tokens(user);
	}

	@Override
	@Transactional
	public String createToken(CurrentUser user, String name) {
		return this.apiTokens.createToken(user, name);
	}

	@Override
	@Transactional
	public void revokeToken(CurrentUser user, long tokenId) {
		this.apiTokens.revokeToken(user, tokenId);
	}

	@Override
	public List<Recipient> recipients(long agencyId, String unitCode, Set<Role> roles) {
		return this.recipients.ofAgency(agencyId, unitCode, roles);
	}

	@Override
	public List<Recipient> regionRecipients(long regionId, Set<Role> roles) {
		return this.recipients.ofRegion(regionId, roles);
	}

	/**
	 * A user the actor may manage, with the roles it is to have ({@code null}:
	 * unchanged).
	 */
	private AppUser ownUser(CurrentUser actor, long userId, Set<Role> after) {
		AppUser row = this.users.findById(userId).orElseThrow(() -> new NotFoundException("organization.user.unknown"));
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
