package id.ukur.organization;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: who, where in the organisation, which
 * roles. Also the Spring Security principal.
 */
public record CurrentUser(long id, String username, String passwordHash, String displayName, long regionId,
		String regionCode, Long agencyId, String agencyCode, Long unitId, String unitCode, Set<Role> roles,
		boolean active) implements UserDetails {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether the user belongs to the agency: the one agency check of every policy
	 * (region-wide and installation roles belong to none).
	 */
	public boolean worksFor(long agencyId) {
		return this.agencyId != null && this.agencyId == agencyId;
	}

	/** Whether the user holds the role in the agency (e.g. its planner). */
	public boolean holds(Role role, long agencyId) {
		return has(role) && worksFor(agencyId);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (has(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return whether one of the user's roles reads every agency of the region
	 */
	public boolean regionWide() {
		return this.roles.stream().anyMatch(Role::regionWide);
	}

	/**
	 * The one rule of agency isolation: a user reads its own agency, and a region-wide
	 * role reads every agency of its region.
	 * @param agency the agency asked for
	 * @return whether this user may read it
	 */
	public boolean canRead(AgencyView agency) {
		if (this.agencyId != null && this.agencyId == agency.id()) {
			return true;
		}
		return regionWide() && this.regionId == agency.regionId();
	}

	/**
	 * @return whether this user reads the agency's journal: its head, secretary, planner
	 * and SAKIP team, and the region's administrator and auditor (docs/journal.md)
	 */
	public boolean readsJournalOf(AgencyView agency) {
		boolean own = this.agencyId != null && this.agencyId == agency.id()
				&& (has(Role.HEAD) || has(Role.SECRETARY) || has(Role.PLANNER) || has(Role.TEAM));
		return own || readsRegionJournal(agency.regionId());
	}

	/**
	 * @return whether this user reads the journal of the whole region: its administrator
	 * and auditor
	 */
	public boolean readsRegionJournal(long region) {
		return (has(Role.ADMIN) || has(Role.AUDITOR)) && this.regionId == region;
	}

	/**
	 * @return whether this user administers the given region
	 */
	public boolean administers(long region) {
		return has(Role.ADMIN) && this.regionId == region;
	}

	/**
	 * @return whether this user administers the installation: creates regions and their
	 * administrators
	 */
	public boolean administersInstallation() {
		return has(Role.INSTALLATION_ADMIN);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	/**
	 * @return a copy without the password hash, to keep in the security context
	 */
	public CurrentUser withoutPassword() {
		return new CurrentUser(this.id, this.username, "", this.displayName, this.regionId, this.regionCode,
				this.agencyId, this.agencyCode, this.unitId, this.unitCode, this.roles, this.active);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + "]";
	}

}
