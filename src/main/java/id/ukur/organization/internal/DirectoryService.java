package id.ukur.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.ukur.organization.AgencyView;
import id.ukur.organization.Directory;
import id.ukur.organization.UnitKind;
import id.ukur.organization.UnitView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies with their region and units of many agencies, each in one query: the same
 * views {@link OrganizationService} gives one agency at a time.
 */
@Service
@Transactional(readOnly = true)
class DirectoryService implements Directory {

	private final JdbcClient jdbc;

	/** An agency with its region, in one query ({@link #agency(ResultSet, int)}). */
	private static final String AGENCY = "select a.id, a.code, a.name, a.short_name, a.address, a.active,"
			+ " r.id as region_id, r.code as region_code, r.name as region_name"
			+ " from agency a join region r on r.id = a.region_id";

	DirectoryService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, AgencyView> agencies(Collection<Long> ids) {
		Map<Long, AgencyView> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc.sql(AGENCY + " where a.id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(DirectoryService::agency)
			.list()
			.forEach((agency) -> found.put(agency.id(), agency));
		return found;
	}

	/**
	 * @return the agency with this code: what {@link OrganizationService} answers for one
	 * agency, read in one query (an agency is read on every act on a round)
	 */
	Optional<AgencyView> agencyByCode(String code) {
		return this.jdbc.sql(AGENCY + " where a.code = ?").param(code).query(DirectoryService::agency).optional();
	}

	/**
	 * @return the agencies of a region by name, each with its region, in one query
	 */
	List<AgencyView> agenciesOfRegion(long regionId) {
		return this.jdbc.sql(AGENCY + " where a.region_id = ? order by a.name")
			.param(regionId)
			.query(DirectoryService::agency)
			.list();
	}

	private static AgencyView agency(ResultSet rs, int row) throws SQLException {
		return new AgencyView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
				rs.getString("address"), rs.getBoolean("active"), rs.getLong("region_id"), rs.getString("region_code"),
				rs.getString("region_name"));
	}

	@Override
	public Map<Long, List<UnitView>> units(Collection<Long> agencyIds) {
		Map<Long, List<UnitView>> units = new LinkedHashMap<>();
		if (agencyIds.isEmpty()) {
			return units;
		}
		this.jdbc
			.sql("select id, agency_id, code, name, kind, active, version from unit where agency_id in (:ids)"
					+ " order by agency_id, code")
			.param("ids", List.copyOf(agencyIds))
			.query((rs, row) -> new UnitView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("code"),
					rs.getString("name"), UnitKind.valueOf(rs.getString("kind")), rs.getBoolean("active"),
					rs.getLong("version")))
			.list()
			.forEach((unit) -> units.computeIfAbsent(unit.agencyId(), (id) -> new ArrayList<>()).add(unit));
		return units;
	}

}
