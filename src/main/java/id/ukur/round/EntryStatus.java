package id.ukur.round;

/**
 * One value of a round: nothing entered, a draft, submitted with its form, returned (with
 * a reason) to its unit, accepted by the team, or marked not reported by the team (with a
 * reason).
 */
public enum EntryStatus {

	EMPTY, DRAFT, SUBMITTED, RETURNED, ACCEPTED, NOT_REPORTED;

	/**
	 * @return whether the unit may still change the value
	 */
	public boolean editableByUnit() {
		return this == EMPTY || this == DRAFT || this == RETURNED;
	}

	/**
	 * @return whether the team has settled the value
	 */
	public boolean settled() {
		return this == ACCEPTED || this == NOT_REPORTED;
	}

}
