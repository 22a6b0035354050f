package id.ukur.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Agencies and units read for many agencies at once, without an access check (for other
 * modules' lists, which check access themselves): one query each, whatever the number of
 * agencies, where {@link Organization#agencyById} and {@link Organization#unitsOfAgency}
 * read one agency at a time.
 */
public interface Directory {

	/**
	 * @return the agencies with these ids, by id (unknown ids are left out)
	 */
	Map<Long, AgencyView> agencies(Collection<Long> ids);

	/**
	 * @return the units of these agencies by agency id, each list ordered by code as
	 * {@link Organization#unitsOfAgency} orders it (an agency without units is left out)
	 */
	Map<Long, List<UnitView>> units(Collection<Long> agencyIds);

}
