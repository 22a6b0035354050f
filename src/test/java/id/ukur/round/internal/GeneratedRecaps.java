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
