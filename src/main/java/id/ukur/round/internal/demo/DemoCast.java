package id.ukur.round.internal.demo;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The demo users of one agency and of its region, as the workflow sees them: officers
 * first (head, secretary, planner, team), then the units' heads and staff. Who acts in a
 * step is never decided here: the history asks the rounds' own rule which of them may
 * ({@link Actors}).
 */
final class DemoCast {

	private static final List<Role> ORDER = List.of(Role.HEAD, Role.SECRETARY, Role.PLANNER, Role.TEAM, Role.UNIT_HEAD,
			Role.UNIT_STAFF);

	private final AgencyView agency;

	private final List<CurrentUser> members;

	private final List<CurrentUser> region;

	private DemoCast(AgencyView agency, List<CurrentUser> members, List<CurrentUser> region) {
		this.agency = agency;
		this.members = members;
		this.region = region;
	}

	/**
	 * @param everyone the active demo users
	 * @return the cast of the agency: its users and its region's
	 */
	static DemoCast of(AgencyView agency, List<CurrentUser> everyone) {
		List<CurrentUser> members = new ArrayList<>(everyone.stream().filter((u) -> u.worksFor(agency.id())).toList());
		members.sort(Comparator.comparingInt(DemoCast::rank).thenComparing(CurrentUser::username));
		List<CurrentUser> region = everyone.stream()
			.filter((u) -> u.regionWide() && u.regionId() == agency.regionId())
			.sorted(Comparator.comparing(CurrentUser::username))
			.toList();
		return new DemoCast(agency, List.copyOf(members), region);
	}

	private static int rank(CurrentUser user) {
		return ORDER.stream().filter(user::has).findFirst().map(ORDER::indexOf).orElse(ORDER.size());
	}

	AgencyView agency() {
		return this.agency;
	}

	/**
	 * @return the agency's users, officers first
	 */
	List<CurrentUser> members() {
		return this.members;
	}

	/**
	 * @return the agency's users holding one of the roles, officers first
	 */
	List<CurrentUser> holding(List<Role> roles) {
		return this.members.stream().filter((u) -> roles.stream().anyMatch(u::has)).toList();
	}

	/**
	 * @return the unit's user of the role (its head submits, its staff enters)
	 */
	CurrentUser ofUnit(String unitCode, Role role) {
		return this.members.stream()
			.filter((u) -> unitCode.equals(u.unitCode()) && u.has(role))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo " + role + " of unit " + unitCode));
	}

	/**
	 * @return the region's users of the role (the planning agency acknowledges)
	 */
	List<CurrentUser> ofRegion(Role role) {
		return this.region.stream().filter((u) -> u.has(role)).toList();
	}

	/**
	 * @return any user of the agency who may read its rounds
	 */
	CurrentUser reader() {
		return this.members.get(0);
	}

}
