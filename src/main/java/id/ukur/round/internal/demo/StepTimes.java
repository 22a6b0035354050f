package id.ukur.round.internal.demo;

import id.ukur.round.StepView;

/**
 * How long a step of the demo history takes, in working minutes: mostly well within its
 * standard time, one in five over it, so that the step-compliance figures show both.
 */
final class StepTimes {

	/** For a step without a standard time, or an act outside the steps. */
	private static final long UNTIMED = 30;

	private final DemoValues values;

	StepTimes(DemoValues values) {
		this.values = values;
	}

	/**
	 * @param step the step, or null for an act outside the steps
	 * @return the working minutes the act takes
	 */
	long minutes(StepView step) {
		long standard = (step != null && step.standardMinutes() != null) ? step.standardMinutes() : UNTIMED;
		boolean late = this.values.pick(5) == 0;
		int percent = late ? 110 + this.values.pick(70) : 30 + this.values.pick(60);
		return Math.max(2, standard * percent / 100);
	}

}
