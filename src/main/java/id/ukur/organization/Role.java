package id.ukur.organization;

/**
 * The roles of {@code product.md} §1. Region-wide roles see every agency of their region.
 * {@code INSTALLATION_ADMIN} is the one role above regions: it creates regions and their
 * administrators (see {@code AdminRights} and README, "Who administers what").
 */
public enum Role {

	HEAD(false, false), SECRETARY(false, false), PLANNER(false, false), TEAM(false, false), UNIT_HEAD(false, true),
	UNIT_STAFF(false, true), PLANNING_AGENCY(true, false), AUDITOR(true, false), ADMIN(true, false),
	INSTALLATION_ADMIN(true, false);

	private final boolean regionWide;

	private final boolean unitBound;

	Role(boolean regionWide, boolean unitBound) {
		this.regionWide = regionWide;
		this.unitBound = unitBound;
	}

	/**
	 * @return whether the role belongs to a region rather than to one agency
	 */
	public boolean regionWide() {
		return this.regionWide;
	}

	/**
	 * @return whether the role needs the user to belong to a unit
	 */
	public boolean unitBound() {
		return this.unitBound;
	}

	/**
	 * @return the Spring Security authority name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
