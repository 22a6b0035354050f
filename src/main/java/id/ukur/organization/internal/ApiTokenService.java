package id.ukur.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.ukur.audit.JournalKind;
import id.ukur.organization.ApiTokenView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: who a token stands for (on every API request), and a user's own
 * tokens, made and revoked. The secret is shown once and only its hash is kept.
 */
@Component
@Transactional(readOnly = true)
class ApiTokenService {

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

	private final ApiTokenRepository tokens;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OrganizationJournal journal;

	ApiTokenService(ApiTokenRepository tokens, JdbcClient jdbc, Clock clock, OrganizationJournal journal) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.clock = clock;
		this.journal = journal;
	}

	@Transactional
	Optional<CurrentUser> byApiToken(String rawToken) {
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

	List<ApiTokenView> tokens(CurrentUser user) {
		return this.tokens.findByAppUserOrderByCreatedAt(user.id())
			.stream()
			.map((row) -> new ApiTokenView(row.id(), row.name(), row.createdAt(), row.lastUsedAt(), row.revoked()))
			.toList();
	}

	@Transactional
	String createToken(CurrentUser user, String name) {
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

	@Transactional
	void revokeToken(CurrentUser user, long tokenId) {
		ApiToken row = this.tokens.findById(tokenId)
			.filter((token) -> token.appUser() == user.id())
			.orElseThrow(() -> new NotFoundException("organization.token.unknown"));
		if (row.revoked()) {
			return;
		}
		this.tokens.save(new ApiToken(row.id(), row.appUser(), row.name(), row.tokenHash(), row.createdAt(),
				row.lastUsedAt(), true));
		this.journal.changed(JournalKind.ACCESS, user.regionId(), user.agencyId(), "TOKEN:" + user.username(),
				"TOKEN_REVOKED", user.username(), java.util.Map.of("name", row.name()), null);
	}

}
