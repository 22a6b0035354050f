package id.ukur.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.ukur.round.FormTimeliness;
import id.ukur.round.CapInForce;
import id.ukur.round.Period;
import id.ukur.round.RoundStatus;
import id.ukur.round.Rounds;

/**
 * An agency's dashboard of a year (docs/dashboards.md, "Agency dashboard"): every number
 * is a figure of a round's latest calculation, with the round it comes from.
 *
 * @param years the years on record (with figures) and the year shown, oldest first
 * @param columns the periods of the year that have a calculated round, in calendar order
 * @param total the agency's achievement per column
 * @param objectives each objective's achievement per column
 * @param keyIndicators each key indicator's (IKU) achievement per column
 * @param trend the agency and its key indicators across the years on record
 * @param formPeriods the periods of the year's rounds that have forms, in calendar order
 * @param units completeness and timeliness per unit across those rounds
 * @param compliance the SOP steps' time against their standard across the rounds
 * @param dailyMinutes the working minutes of a day of the region's calendar
 * @param plans the follow-up action plans not done
 * @param programs budget absorption against achievement per program, of the latest column
 * @param risks the indicators at risk of missing the year's target, of the latest column
 */
public record AgencyDashboard(Agency agency, int year, List<Integer> years, List<Column> columns, Series total,
		List<Series> objectives, List<Series> keyIndicators, Trend trend, List<Period> formPeriods,
		List<UnitTimeliness> units, List<Rounds.StepCompliance> compliance, long dailyMinutes, List<OpenPlan> plans,
		List<ProgramEfficiency> programs, List<Risk> risks) {

	/**
	 * @return the agency's row alone, for the table of the total
	 */
	public List<Series> totalRows() {
		return List.of(this.total);
	}

	/** The agency shown. */
	public record Agency(String code, String name, String shortName, String regionCode, String regionName) {
	}

	/**
	 * A period of the year held by a calculated round.
	 *
	 * @param sealed whether its figures are final
	 * @param current whether no value changed since the calculation
	 * @param cap the achievement cap the round's roll-ups were calculated with
	 */
	public record Column(long roundId, int year, Period period, RoundStatus status, boolean sealed, boolean current,
			CapInForce cap) {
	}

	/**
	 * One figure: an achievement with its rating, from one round.
	 *
	 * @param colour the rating's colour, 0 (best) to 4 (worst), 5 without a rating
	 * @param status an indicator's {@code COMPUTED}, {@code NOT_REPORTED} or
	 * {@code NOT_COMPUTABLE}; null for nodes
	 * @param projection the projected year-end achievement (early warning), if made
	 */
	public record Cell(long roundId, BigDecimal achievement, String rating, String ratingLabel, int colour,
			boolean provisional, String status, String target, String actual, boolean atRisk, BigDecimal projection) {
	}

	/**
	 * A row of figures: the agency, a node or an indicator, one cell per column (null
	 * where the period has no figure of it).
	 */
	public record Series(String kind, String code, String name, String parentCode, String measureUnit,
			List<Cell> cells) {

		/**
		 * @return the last cell that has a figure, or null
		 */
		public Cell latest() {
			for (int i = this.cells.size() - 1; i >= 0; i--) {
				if (this.cells.get(i) != null) {
					return this.cells.get(i);
				}
			}
			return null;
		}

	}

	/**
	 * The years on record, each by the figures of its latest calculated period.
	 */
	public record Trend(List<Column> columns, List<Series> rows) {
	}

	/**
	 * A unit's forms across the year's rounds.
	 *
	 * @param verdicts one per form period (null where the unit had no form)
	 */
	public record UnitTimeliness(String unitCode, String unitName, List<FormTimeliness.Verdict> verdicts, int onTime,
			int late, int missing, int pending) {
	}

	/**
	 * A follow-up action plan not done.
	 *
	 * @param overdue whether its due date has passed
	 */
	public record OpenPlan(long id, long roundId, String roundLabel, String indicatorCode, String indicatorName,
			String action, String ownerUnit, String ownerUnitName, LocalDate dueDate, String status, boolean overdue) {
	}

	/**
	 * A program's budget absorption against its achievement (docs/calculation.md,
	 * efficiency): {@code difference} (D) is its achievement less the absorption to date.
	 *
	 * @param efficiency the verdict ({@code EFFICIENT}, {@code FAIRLY_EFFICIENT},
	 * {@code INEFFICIENT}), null without budget
	 */
	public record ProgramEfficiency(long roundId, Period period, String code, String name, BigDecimal budget,
			BigDecimal spent, BigDecimal absorption, BigDecimal absorptionToDate, BigDecimal achievement,
			BigDecimal difference, String efficiency, boolean provisional) {
	}

	/** An indicator whose projected year-end achievement misses the year's target. */
	public record Risk(long roundId, Period period, String code, String name, BigDecimal achievement,
			BigDecimal projection) {
	}

}
