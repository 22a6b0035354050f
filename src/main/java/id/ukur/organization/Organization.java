package id.ukur.organization;

import java.util.List;
import java.util.Optional;

/**
 * Regions, agencies, units and officials. Every method that takes a {@link CurrentUser}
 * applies agency isolation: reading needs {@link CurrentUser#canRead}, changing needs the
 * region's {@code ADMIN}.
 */
public interface Organization {

	/**
	 * @return the agencies the user may read, ordered by region and name
	 */
	List<AgencyView> agenciesVisibleTo(CurrentUser user);

	/**
	 * @return the agency with this code
	 * @throws id.ukur.shared.NotFoundException when there is none
	 * @throws id.ukur.shared.ForbiddenException when the user may not read it
	 */
	AgencyView agency(String code, CurrentUser user);

	/**
	 * @return the agency by id, without an access check (for other modules' own checks)
	 */
	Optional<AgencyView> agencyById(long id);

	/**
	 * @return the agency with this code, without an access check (for start-up jobs and
	 * other modules' own checks)
	 */
	Optional<AgencyView> agencyByCode(String code);

	/**
	 * @return the units of an agency, without an access check (for start-up jobs and
	 * other modules' own checks)
	 */
	List<UnitView> unitsOfAgency(long agencyId);

	/**
	 * @return the region by id
	 */
	RegionView region(long id);

	/**
	 * @return every region, for region-wide views and demo listings
	 */
	List<RegionView> regions();

	/**
	 * @return the units of an agency the user may read
	 */
	List<UnitView> units(String agencyCode, CurrentUser user);

	/**
	 * @return one unit of an agency
	 */
	UnitView unit(String agencyCode, String unitCode, CurrentUser user);

	/** Creates a unit (region admin only). */
	UnitView createUnit(String agencyCode, UnitCommand command, CurrentUser user);

	/** Changes a unit's code, name or kind; refuses a stale version. */
	UnitView updateUnit(String agencyCode, String unitCode, UnitCommand command, CurrentUser user);

	/** Deactivates or reactivates a unit. */
	void setUnitActive(String agencyCode, String unitCode, boolean active, CurrentUser user);

	/**
	 * @return the officials of an agency
	 */
	List<OfficialView> officials(String agencyCode, CurrentUser user);

	/**
	 * @return one official by id, without an access check (for printing signature blocks)
	 */
	Optional<OfficialView> officialById(long id);

	/**
	 * @return the official linked to an active user holding the role in the agency (the
	 * signatory of documents: the head, the secretary, ...), without an access check
	 */
	Optional<OfficialView> officialOfRole(long agencyId, Role role);

	/** Creates an official. */
	OfficialView createOfficial(String agencyCode, OfficialCommand command, CurrentUser user);

	/** Changes an official; refuses a stale version. */
	OfficialView updateOfficial(String agencyCode, long officialId, OfficialCommand command, CurrentUser user);

	/** Deactivates or reactivates an official. */
	void setOfficialActive(String agencyCode, long officialId, boolean active, CurrentUser user);

}
