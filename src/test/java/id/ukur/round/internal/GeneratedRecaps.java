package id.ukur.round.internal;

import id.ukur.organization.RegionSettings.Settings;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.round.EntryStatus;
import id.ukur.round.Period;
import id.ukur.round.Recap;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The round's own calculation for the data generator and the benchmarks: the recap of a
 * round from its plan copy and values exactly as {@link Calculation} builds it, and the
 * target text a form shows as {@link Ordering} writes it; no database.
 */
public final class GeneratedRecaps {

	private GeneratedRecaps() {
	}

	/**
	 * @param values the round's values by indicator code
	 * @param earlier reported numbers of the earlier quarters by indicator code and
	 * quarter
	 */
	public static Recap recap(Settings settings, Period period, PlanDocument plan, Map<String, Value> values,
			Map<String, Map<String, BigDecimal>> earlier, Instant at) {
		return new RecapCalculator(settings, period).compute(PlanOutline.of(plan), actuals(values), earlier, at, true);
	}

	/**
	 * The columns of {@code recap_figure} the calculation writes, in the order of
	 * {@link #figureRows}.
	 */
	public static final java.util.List<String> FIGURE_COLUMNS = java.util.List.copyOf(java.util.Arrays.asList(
			("round_id, agency_id, region_id, round_year, period, position, " + FigureStore.COLUMNS).split(",\\s*")));

	/**
	 * The rows of {@code recap_figure} of a round's recap exactly as the calculation
	 * writes them ({@link FigureStore#replace}): the same mapping, in the order of
	 * {@link #FIGURE_COLUMNS}.
	 */
	public static java.util.List<Object[]> figureRows(long roundId, long agencyId, long regionId, int year,
			Period period, Recap recap, PlanDocument plan) {
		java.util.List<id.ukur.round.Figure> figures = FigureStore.figures(recap, PlanOutline.of(plan));
		java.util.List<Object[]> rows = new java.util.ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			rows.add(FigureStore.row(roundId, agencyId, regionId, year, period.name(), i, figures.get(i)));
		}
		return rows;
	}

	/**
	 * @return the values as the calculation reads them, as {@link Calculation} builds
	 * them
	 */
	static Map<String, RecapCalculator.Actual> actuals(Map<String, Value> values) {
		Map<String, RecapCalculator.Actual> actuals = new HashMap<>();
		values.forEach((code, value) -> {
			EntryRecord entry = value.record();
			boolean reported = entry.status != EntryStatus.NOT_REPORTED;
			actuals.put(code,
					new RecapCalculator.Actual(entry.unitCode, entry.targetText, reported ? entry.actualNumber : null,
							reported ? entry.actualText : null, reported ? Calculation.display(entry) : null));
		});
		return actuals;
	}

	/**
	 * @return the target of the period as the round's form shows it, or null when the
	 * indicator has none (then it is not on the form)
	 */
	public static String targetText(IndicatorDoc indicator, Period period) {
		return Ordering.targetText(indicator, period);
	}

	/**
	 * @return the value as the recap and the next form show it
	 */
	public static String display(BigDecimal number, String text) {
		return new Value("", null, number, text, true).display();
	}

	/**
	 * One value of a round as stored.
	 *
	 * @param number the number without trailing zeros, as the store reads it back
	 */
	public record Value(String unitCode, String target, BigDecimal number, String text, boolean reported) {

		EntryRecord record() {
			EntryRecord entry = new EntryRecord();
			entry.unitCode = this.unitCode;
			entry.targetText = this.target;
			entry.actualNumber = this.number;
			entry.actualText = this.text;
			entry.status = this.reported ? EntryStatus.ACCEPTED : EntryStatus.NOT_REPORTED;
			return entry;
		}

		/**
		 * @return the value as shown, or null when none
		 */
		public String display() {
			return Calculation.display(record());
		}

	}

}
