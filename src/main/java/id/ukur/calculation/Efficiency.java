package id.ukur.calculation;

/**
 * Efficiency of a program or activity: its mean achievement compared with its budget
 * absorption.
 */
public enum Efficiency {

	/** D = achievement − absorption is above the threshold. */
	EFFICIENT,

	/** |D| is at most the threshold. */
	FAIRLY_EFFICIENT,

	/** D is below minus the threshold. */
	INEFFICIENT

}
