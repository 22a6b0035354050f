package id.ukur.organization.internal;

import java.util.List;
import java.util.Set;

import id.ukur.organization.Recipient;
import id.ukur.organization.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who receives the mails of an agency, a unit or a region: active users with an address.
 */
@Component
class UserRecipients {

	private final JdbcClient jdbc;

	UserRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Recipient> ofAgency(long agencyId, String unitCode, Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		String unit = (unitCode == null) ? ""
				: " and u.unit_id = (select n.id from unit n where n.agency_id = :scope" + " and n.code = :unit)";
		return recipientsWhere("u.agency_id = :scope" + unit, agencyId, unitCode, roles);
	}

	List<Recipient> ofRegion(long regionId, Set<Role> roles) {
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

}
