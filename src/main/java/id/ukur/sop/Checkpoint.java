package id.ukur.sop;

/**
 * The round actions an SOP step can be bound to ({@code sop.md} §1). A condition may
 * become true before its step is current; an act can only be done while its step is
 * current.
 */
public enum Checkpoint {

	ORDER(false), PREPARE_FORMS(true), DISTRIBUTE_FORMS(false), COLLECT(true), VALIDATE(true), CALCULATE(true),
	SUBMIT_FOR_REVIEW(false), REVIEW(false), SIGN(false), SEND(false), FOLLOW_UP(true), ARCHIVE(false), MANUAL(false);

	private final boolean condition;

	Checkpoint(boolean condition) {
		this.condition = condition;
	}

	/**
	 * @return whether the checkpoint is a condition (completes by itself when it holds)
	 */
	public boolean condition() {
		return this.condition;
	}

}
