package id.ukur.plan;

/**
 * The levels of the plan hierarchy, from the Renstra goal down to the budget
 * sub-activity.
 */
public enum NodeKind {

	GOAL, OBJECTIVE, PROGRAM, ACTIVITY, SUB_ACTIVITY;

	/**
	 * @return whether nodes of this kind carry a budget
	 */
	public boolean budgeted() {
		return this == PROGRAM || this == ACTIVITY || this == SUB_ACTIVITY;
	}

	/**
	 * @return the kind of this kind's children, or null for the lowest level
	 */
	public NodeKind childKind() {
		return (this == SUB_ACTIVITY) ? null : values()[ordinal() + 1];
	}

}
