package id.ukur.round.internal.demo;

import id.ukur.round.Period;
import id.ukur.round.internal.demo.RoundScript.Goal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The history each demo agency gets (docs/demo.md): the four quarters of the previous
 * year and the first two of this year done to the archive; the third quarter of this year
 * sealed, sent and acknowledged, except at one agency where the planning agency has not
 * acknowledged it yet and at one where it is still in validation.
 */
final class HistoryPlan {

	static final int FIRST_YEAR = 2025;

	static final int SECOND_YEAR = 2026;

	/** The agency whose third quarter is still in validation. */
	static final String OPEN_AGENCY = "pbl-disperinaker";

	/** The agency whose third quarter the planning agency has not acknowledged yet. */
	static final String UNACKNOWLEDGED_AGENCY = "pwk-dkupp";

	/** The open round is ordered late, so that its work is recent. */
	static final LocalDate OPEN_ORDER_DAY = LocalDate.of(SECOND_YEAR, 11, 16);

	/** How long a story takes, at most, from the order: to the end, to the validation. */
	private static final int STORY_DAYS = 40;

	private static final int OPEN_STORY_DAYS = 20;

	private HistoryPlan() {
	}

	/**
	 * @return the rounds of the agency whose story lies before today, oldest first
	 */
	static List<RoundScript> of(String agencyCode, LocalDate today) {
		List<RoundScript> scripts = new ArrayList<>();
		for (Period quarter : List.of(Period.TW1, Period.TW2, Period.TW3, Period.TW4)) {
			scripts.add(script(agencyCode, FIRST_YEAR, quarter, Goal.ARCHIVED));
		}
		scripts.add(script(agencyCode, SECOND_YEAR, Period.TW1, Goal.ARCHIVED));
		scripts.add(script(agencyCode, SECOND_YEAR, Period.TW2, Goal.ARCHIVED));
		if (agencyCode.equals(OPEN_AGENCY)) {
			scripts.add(RoundScript.of(agencyCode, SECOND_YEAR, Period.TW3, Goal.VALIDATING, OPEN_ORDER_DAY));
		}
		else {
			Goal goal = agencyCode.equals(UNACKNOWLEDGED_AGENCY) ? Goal.SENT : Goal.ACKNOWLEDGED;
			scripts.add(script(agencyCode, SECOND_YEAR, Period.TW3, goal));
		}
		return scripts.stream()
			.filter((s) -> s.orderDay()
				.plusDays((s.goal() == Goal.VALIDATING) ? OPEN_STORY_DAYS : STORY_DAYS)
				.isBefore(today))
			.toList();
	}

	private static RoundScript script(String agencyCode, int year, Period quarter, Goal goal) {
		LocalDate end = LocalDate.of(year, 3 * (quarter.ordinal() + 1), 1).plusMonths(1).minusDays(1);
		int days = 2 + new Random(agencyCode.hashCode() * 7L + year * 5L + quarter.ordinal()).nextInt(7);
		return RoundScript.of(agencyCode, year, quarter, goal, end.plusDays(days));
	}

}
