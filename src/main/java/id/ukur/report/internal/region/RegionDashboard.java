package id.ukur.report.internal.region;

import id.ukur.round.Period;
import id.ukur.round.RegionProgress.Stage;
import java.math.BigDecimal;
import java.util.List;

/**
 * The region dashboard of a year and a period, as the page, the workbook and the API show
 * it (docs/dashboards.md, "Region dashboard"). Codes ({@code TW2}, {@code AT_STEP},
 * {@code TINGGI}) travel with their labels: pages and the workbook show the labels only.
 *
 * @param period the period the lists below the grid are about (not reported, rankings,
 * distribution)
 * @param periods the grid's columns: the quarters, and the semesters and the year where a
 * round of the region measures them
 * @param agencies every agency of the region with its cell per column
 * @param missing who has not reported the period yet: agencies without a round, rounds
 * with units that have not submitted
 * @param bands the ratings of the region's scale, best first, then any other rating the
 * figures hold
 */
public record RegionDashboard(String regionCode, String regionName, int year, PeriodColumn period,
		List<PeriodColumn> periods, List<AgencyRow> agencies, List<Missing> missing, List<Ranked> byAchievement,
		List<Ranked> byTimeliness, List<Band> bands, List<Distribution> distribution) {

	/** A period with its label ({@code TW II}). */
	public record PeriodColumn(Period code, String label) {
	}

	/** An agency and its cells, one per column of the grid. */
	public record AgencyRow(String agencyCode, String agencyName, String shortName, List<Cell> cells) {
	}

	/**
	 * Where an agency's round of a period stands.
	 *
	 * @param stage null when no round was ordered
	 * @param lanes the names of the lanes of the step that holds the round, joined
	 * @param ratingClass the CSS class of the rating's colour ({@code rating-pos-1})
	 */
	public record Cell(Period period, Long roundId, Stage stage, Integer stepNumber, String stepActivity, String lanes,
			boolean stepLate, int units, int submitted, int lateUnits, BigDecimal achievement, String rating,
			String ratingLabel, String ratingClass, boolean provisional, int atRisk) {

		public boolean ordered() {
			return this.stage != null;
		}

	}

	/**
	 * An agency that has not reported the period: no round ({@code roundId} null), or
	 * units that have not submitted ({@code formsPrepared} false: the forms are not even
	 * prepared).
	 */
	public record Missing(String agencyCode, String agencyName, Long roundId, boolean formsPrepared,
			List<String> units) {

		public boolean notOrdered() {
			return this.roundId == null;
		}

	}

	/**
	 * An agency's place in a ranking of the period.
	 *
	 * @param rank 1 for the first; null for agencies without the figure ranked on (listed
	 * last)
	 * @param timeliness the units that submitted on time, in percent of those whose
	 * submission is decided (on time or late), null while none is
	 */
	public record Ranked(Integer rank, String agencyCode, String agencyName, String shortName, Long roundId,
			BigDecimal achievement, String ratingLabel, String ratingClass, BigDecimal timeliness, int onTime, int late,
			boolean stepLate) {
	}

	/** A rating of the scale with its label and colour class; a null code: not rated. */
	public record Band(String code, String label, String ratingClass) {
	}

	/**
	 * An agency's indicators of the period counted per rating, in the order of
	 * {@link RegionDashboard#bands()}.
	 */
	public record Distribution(String agencyCode, String agencyName, String shortName, List<Integer> counts,
			int total) {
	}

}
