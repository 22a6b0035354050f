package id.ukur.round.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanValue;
import id.ukur.round.Period;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agency's earlier values the plausibility checks compare with, read in one query for
 * a whole round: the accepted values of its other rounds (the latest round of each year
 * and period), with the plan's recorded actuals of the round's year.
 */
@Repository
class ValueHistory {

	private final JdbcClient jdbc;

	ValueHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the accepted values of the agency's rounds up to the round's year, other
	 * than the round itself, by indicator code, then {@code year:period}
	 */
	Map<String, Map<String, BigDecimal>> accepted(RoundRecord round) {
		Map<String, Map<String, BigDecimal>> values = new HashMap<>();
		this.jdbc
			.sql("select r.round_year, r.period, e.indicator_code, e.actual_number from round_entry e"
					+ " join measurement_round r on r.id = e.round_id where r.agency_id = ? and r.id <> ?"
					+ " and r.round_year <= ? and r.status <> 'CANCELLED' and e.status = 'ACCEPTED'"
					+ " and e.actual_number is not null order by r.id")
			.params(round.agencyId, round.id, round.year)
			// oldest round first: a later round of the same period overrides it
			.query((java.sql.ResultSet rs) -> {
				values.computeIfAbsent(rs.getString(3), (c) -> new HashMap<>())
					.put(key(rs.getInt(1), Period.valueOf(rs.getString(2))), rs.getBigDecimal(4).stripTrailingZeros());
			});
		return values;
	}

	/**
	 * The values of one indicator before the round's period: the previous period, the
	 * same period a year before, and every earlier period of the same length (quarters,
	 * half-years or years) for the z-score.
	 * @param accepted the indicator's accepted values by {@code year:period}
	 * @param shownPrevious the previous value the form showed, as written, or null
	 */
	static Earlier earlier(int year, Period period, Map<String, BigDecimal> accepted, IndicatorDoc indicator,
			String shownPrevious) {
		Map<String, BigDecimal> all = new HashMap<>();
		if (indicator != null && indicator.actuals() != null) {
			indicator.actuals().forEach((quarter, value) -> recorded(year, quarter, value, all));
		}
		all.putAll(accepted);
		List<BigDecimal> history = new ArrayList<>();
		all.forEach((key, value) -> {
			String[] parts = key.split(":");
			Period other = Period.valueOf(parts[1]);
			int otherYear = Integer.parseInt(parts[0]);
			if (sameLength(other, period) && (otherYear < year
					|| (otherYear == year && other.quartersToDate().size() < period.quartersToDate().size()))) {
				history.add(value);
			}
		});
		BigDecimal previous = all.get(previousKey(year, period));
		if (previous == null && shownPrevious != null) {
			previous = number(shownPrevious);
		}
		return new Earlier(previous, all.get(key(year - 1, period)), history);
	}

	private static void recorded(int year, String quarter, PlanValue value, Map<String, BigDecimal> all) {
		if (value != null && value.isNumber() && quarter.startsWith("TW")) {
			all.put(year + ":" + quarter, value.number().stripTrailingZeros());
		}
	}

	/** The previous period: TW I after TW IV of the year before, S1 after S2. */
	private static String previousKey(int year, Period period) {
		if (period.previous() != null) {
			return key(year, period.previous());
		}
		return switch (period) {
			case TW1 -> key(year - 1, Period.TW4);
			case S1 -> key(year - 1, Period.S2);
			default -> "";
		};
	}

	private static boolean sameLength(Period a, Period b) {
		return a.quarter() == b.quarter() && (a == Period.YEAR) == (b == Period.YEAR);
	}

	private static BigDecimal number(String text) {
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			// a qualitative or written-out previous value: nothing to compare with
			return null;
		}
	}

	static String key(int year, Period period) {
		return year + ":" + period.name();
	}

	/** The earlier values of one indicator. */
	record Earlier(BigDecimal previous, BigDecimal lastYear, List<BigDecimal> history) {
	}

}
