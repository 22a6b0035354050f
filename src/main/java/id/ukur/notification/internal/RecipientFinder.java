package id.ukur.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.ukur.organization.AgencyView;
import id.ukur.organization.Recipient;
import id.ukur.organization.Role;
import id.ukur.organization.UserAccounts;

import org.springframework.stereotype.Component;

/** Who is told about what: the people of a unit, of roles, of the planning agency. */
@Component
class RecipientFinder {

	private static final Set<Role> UNIT_ROLES = EnumSet.of(Role.UNIT_HEAD, Role.UNIT_STAFF);

	private final UserAccounts accounts;

	RecipientFinder(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @return the head and staff of one unit of the agency
	 */
	List<Recipient> ofUnit(long agencyId, String unitCode) {
		return this.accounts.recipients(agencyId, unitCode, UNIT_ROLES);
	}

	/**
	 * @return the agency's users holding one of the roles; region-wide roles (the
	 * planning agency, the inspectorate) are found in the agency's region
	 */
	List<Recipient> holding(AgencyView agency, Collection<Role> roles) {
		Set<Role> agencyRoles = EnumSet.noneOf(Role.class);
		Set<Role> regionRoles = EnumSet.noneOf(Role.class);
		for (Role role : roles) {
			(role.regionWide() ? regionRoles : agencyRoles).add(role);
		}
		return distinct(this.accounts.recipients(agency.id(), null, agencyRoles),
				this.accounts.regionRecipients(agency.regionId(), regionRoles));
	}

	/**
	 * @return the users of the region's planning agency (Bappeda)
	 */
	List<Recipient> planningAgency(long regionId) {
		return this.accounts.regionRecipients(regionId, EnumSet.of(Role.PLANNING_AGENCY));
	}

	/**
	 * @return the recipients of all lists, each user once, in first-seen order
	 */
	@SafeVarargs
	static List<Recipient> distinct(List<Recipient>... lists) {
		Map<Long, Recipient> byUser = new LinkedHashMap<>();
		for (List<Recipient> list : lists) {
			list.forEach((recipient) -> byUser.putIfAbsent(recipient.userId(), recipient));
		}
		return new ArrayList<>(byUser.values());
	}

}
