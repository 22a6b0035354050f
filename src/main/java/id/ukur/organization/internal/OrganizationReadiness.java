package id.ukur.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.ukur.organization.AgencyReadiness;
import id.ukur.organization.AgencyView;
import id.ukur.organization.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation's part of what an agency needs for a round: units, officials who sign,
 * and active users with the roles the seed SOPs act in (the head orders and signs, the
 * planner prepares and calculates, each unit's head submits its values).
 */
@Component
class OrganizationReadiness implements AgencyReadiness {

	private final UnitRepository units;

	private final OfficialRepository officials;

	private final JdbcClient jdbc;

	OrganizationReadiness(UnitRepository units, OfficialRepository officials, JdbcClient jdbc) {
		this.units = units;
		this.officials = officials;
		this.jdbc = jdbc;
	}

	@Override
	public List<Item> check(AgencyView agency) {
		String admin = "/admin/agencies/" + agency.code();
		String users = "/admin/users?agency=" + agency.code();
		List<Unit> active = this.units.findByAgencyIdOrderByCode(agency.id()).stream().filter(Unit::active).toList();
		long signing = this.officials.findByAgencyIdOrderByName(agency.id()).stream().filter(Official::active).count();
		List<Item> items = new ArrayList<>();
		items.add(new Item(10, "readiness.units", new Object[] { active.size() }, !active.isEmpty(), Role.ADMIN,
				admin + "/units"));
		items.add(new Item(20, "readiness.officials", new Object[] { signing }, signing > 0, Role.ADMIN,
				admin + "/officials"));
		items.add(
				new Item(30, "readiness.head", new Object[0], holders(agency, Role.HEAD, true) > 0, Role.ADMIN, users));
		items.add(new Item(31, "readiness.planner", new Object[0], holders(agency, Role.PLANNER, false) > 0, Role.ADMIN,
				users));
		Set<Long> headed = unitsWithHead(agency);
		List<String> missing = active.stream()
			.filter((unit) -> !headed.contains(unit.id()))
			.map(Unit::code)
			.sorted()
			.toList();
		items.add(new Item(32, "readiness.unitHeads", new Object[] { String.join(", ", missing) },
				!active.isEmpty() && missing.isEmpty(), Role.ADMIN, users));
		return items;
	}

	/** Active holders of the role, or only those linked to an official (who sign). */
	private long holders(AgencyView agency, Role role, boolean signing) {
		return this.jdbc
			.sql("select count(*) from app_user u join role_grant g on g.app_user = u.id where u.agency_id = ?"
					+ " and g.role = ? and u.active = true" + (signing ? " and u.official_id is not null" : ""))
			.params(agency.id(), role.name())
			.query(Long.class)
			.single();
	}

	private Set<Long> unitsWithHead(AgencyView agency) {
		return this.jdbc
			.sql("select distinct u.unit_id from app_user u join role_grant g on g.app_user = u.id"
					+ " where u.agency_id = ? and g.role = ? and u.active = true and u.unit_id is not null")
			.params(agency.id(), Role.UNIT_HEAD.name())
			.query(Long.class)
			.list()
			.stream()
			.collect(Collectors.toSet());
	}

}
