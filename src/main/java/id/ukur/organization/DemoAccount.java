package id.ukur.organization;

/**
 * A demo account: username, password, role, the agency's code (or the region's code for a
 * region-wide role) and the unit's code for unit roles; the scope's name is the unit's
 * for unit roles, else the agency's or the region's.
 */
public record DemoAccount(String username, String password, Role role, String scopeCode, String unitCode,
		String regionName, String scopeName) {
}
