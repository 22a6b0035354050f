package id.ukur.round.internal.demo;

import id.ukur.round.Period;
import java.time.LocalDate;
import java.util.Random;

/**
 * One round of the demo history: which period, how far it goes, and what happens on the
 * way (drawn from a seed of the agency and period, so every start writes the same story).
 *
 * @param orderDay the day the round is ordered
 * @param lateUnit whether one unit submits after the deadline
 * @param notReported whether one value is not reported (the unit explains, the team marks
 * it)
 * @param corrected whether the team returns one value, which the unit corrects
 */
record RoundScript(String agencyCode, int year, Period period, Goal goal, LocalDate orderDay, long seed,
		boolean lateUnit, boolean notReported, boolean corrected) {

	/** How far the round goes. */
	enum Goal {

		/** Left open in validation: some values accepted, one returned, some waiting. */
		VALIDATING,

		/** Sealed and sent, not yet acknowledged by the planning agency. */
		SENT,

		/** Sealed, sent and acknowledged, not yet archived. */
		ACKNOWLEDGED,

		/** Sealed, sent, acknowledged and archived. */
		ARCHIVED

	}

	static RoundScript of(String agencyCode, int year, Period period, Goal goal, LocalDate orderDay) {
		long seed = ((long) agencyCode.hashCode() * 31 + year) * 31 + period.ordinal();
		Random random = new Random(seed);
		boolean late = random.nextInt(3) == 0;
		// one value of the year's first half goes unreported: the statistics were late
		boolean notReported = year == HistoryPlan.FIRST_YEAR && period == Period.TW2;
		boolean corrected = goal != Goal.VALIDATING && random.nextInt(3) == 0;
		return new RoundScript(agencyCode, year, period, goal, orderDay, seed, late || goal == Goal.VALIDATING,
				notReported, corrected);
	}

	/**
	 * @return the deadline the order sets for the units
	 */
	LocalDate deadline() {
		return this.orderDay.plusDays(11);
	}

}
