package id.ukur.organization;

/** An agency (OPD) with its region. */
public record AgencyView(long id, String code, String name, String shortName, String address, boolean active,
		long regionId, String regionCode, String regionName) {
}
