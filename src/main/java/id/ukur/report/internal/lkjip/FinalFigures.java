package id.ukur.report.internal.lkjip;

import java.util.List;
import java.util.Optional;

import id.ukur.round.Period;
import id.ukur.round.PeriodFigures;

/**
 * Which round gives a year's figures in the LKjIP (docs/dashboards.md): the round of the
 * period {@code YEAR} if there is one, else {@code TW4}, else {@code S2}. Each measures
 * the whole year with the period-to-date target and actual of every aggregation; a round
 * of the year itself is the agency's explicit annual measurement, so it comes first.
 */
final class FinalFigures {

	static final List<Period> ORDER = List.of(Period.YEAR, Period.TW4, Period.S2);

	private FinalFigures() {
	}

	/**
	 * @return the final figures of the year among the agency's calculated rounds
	 */
	static Optional<PeriodFigures> of(int year, List<PeriodFigures> figures) {
		for (Period period : ORDER) {
			Optional<PeriodFigures> found = figures.stream()
				.filter((f) -> f.year() == year && f.period() == period)
				.findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

}
