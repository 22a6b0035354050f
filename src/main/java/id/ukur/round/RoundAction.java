package id.ukur.round;

/**
 * What a reader may do with a round, a form, a value or a step. Views carry the actions
 * allowed to their reader ({@link RoundView#actions()}, {@link FormView#actions()},
 * {@link EntryView#actions()}); the pages and the API show only those, and the round
 * service refuses the rest with the same rule (docs/rounds.md, "Who may do what").
 */
public enum RoundAction {

	/** Order a round for the agency (the SOP's first step; the planner for the head). */
	ORDER,

	/** Mark the forms prepared ({@code PREPARE_FORMS}). */
	PREPARE_FORMS,

	/** Send the forms to the units ({@code DISTRIBUTE_FORMS}). */
	DISTRIBUTE_FORMS,

	/** Enter a value of the own unit or add its evidence (form or value). */
	FILL,

	/** The unit head submits the unit's form. */
	SUBMIT,

	/** Validate in the round: the team or the lanes of the validation step. */
	VALIDATE,

	/** Return a submitted value to its unit (never one of the own unit). */
	RETURN_VALUE,

	/** Accept a value or mark it not reported, once the validation step is reached. */
	SETTLE,

	/** Run the calculation. */
	CALCULATE,

	/** Hand the compiled result to the reviewer ({@code SUBMIT_FOR_REVIEW}). */
	SUBMIT_FOR_REVIEW,

	/** Approve or return the round ({@code REVIEW}). */
	REVIEW,

	/** Sign and seal the report ({@code SIGN}). */
	SIGN,

	/** Reopen a sealed round as a new revision (the signer). */
	REOPEN,

	/** Send the sealed report to the region's planning agency. */
	SEND,

	/** Acknowledge a received report (the region's planning agency). */
	ACKNOWLEDGE,

	/** Archive a sealed round. */
	ARCHIVE,

	/** Cancel a round that is not signed (the head). */
	CANCEL,

	/** Complete the current {@code MANUAL} step. */
	COMPLETE_STEP,

	/** Act in the round's current step: the user is of its lane (or decides it). */
	ACT_ON_STEP,

	/** Write or move on the follow-up action plans. */
	FOLLOW_UP,

	/** Export every value of the region's rounds (region-wide users). */
	EXPORT,

	/** Not an act: the reader belongs to the round's agency. */
	OWN_AGENCY,

	/**
	 * Not an act: the reader is one of those who fill the form (its unit's head or
	 * staff).
	 */
	UNIT_MEMBER

}
