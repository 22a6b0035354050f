package id.ukur.report.internal.lkjip;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The tables of chapter III of an agency's LKjIP for a year (docs/dashboards.md, "LKjIP
 * chapter III tables"): per objective its indicators with this year's target, actual and
 * achievement, the previous years on record and the progress towards the end-of-Renstra
 * target; and the efficiency of each program. Every number is a figure of a round's
 * calculation or computed by the {@code calculation} module; the page, the XLSX, the DOCX
 * and the API all print this one record.
 *
 * @param finalPeriod the period whose round gives the year's figures ({@code YEAR},
 * {@code TW4} or {@code S2}), null when no such round was calculated
 * @param roundId that round, null when none
 * @param sealed whether that round is sealed: its figures are final, else provisional
 * @param hasPlan whether the agency has a plan for the year
 * @param previousYears the previous years shown, oldest first
 */
public record Lkjip(String agencyCode, String agencyName, int year, String finalPeriod, Long roundId, boolean sealed,
		boolean hasPlan, List<Integer> previousYears, List<ObjectiveTable> objectives, List<EfficiencyRow> efficiency) {

	public Lkjip {
		previousYears = List.copyOf(previousYears);
		objectives = List.copyOf(objectives);
		efficiency = List.copyOf(efficiency);
	}

	/**
	 * @return whether the year's figures are provisional: none yet, or the round is not
	 * sealed
	 */
	@JsonProperty("provisional")
	public boolean provisional() {
		return this.roundId == null || !this.sealed;
	}

	/**
	 * An objective (sasaran) with its achievement and its indicators.
	 */
	public record ObjectiveTable(String code, String name, BigDecimal achievement, String rating, String ratingLabel,
			boolean provisional, List<IndicatorRow> indicators) {

		public ObjectiveTable {
			indicators = List.copyOf(indicators);
		}

	}

	/**
	 * One indicator of an objective.
	 *
	 * @param target this year's target as the achievement uses it, as kept ({@code 22},
	 * {@code 85–95}, {@code BB})
	 * @param actual this year's actual as the achievement uses it, as kept
	 * @param status {@code COMPUTED}, {@code NOT_REPORTED}, {@code NOT_COMPUTABLE}, or
	 * {@code NOT_MEASURED} when the year has no final round
	 * @param previous the previous years, one per {@link Lkjip#previousYears()}
	 * @param baseline the Renstra's starting condition (kondisi awal), as kept
	 * @param endTarget the end-of-Renstra target, as kept; null when none
	 */
	public record IndicatorRow(String code, String name, String measureUnit, boolean key, boolean qualitative,
			String target, String actual, BigDecimal achievement, String rating, String ratingLabel, String status,
			boolean provisional, List<PastYear> previous, String baseline, String endTarget, Progress progress) {

		public IndicatorRow {
			previous = List.copyOf(previous);
		}

	}

	/**
	 * An indicator's actual and achievement of an earlier year.
	 *
	 * @param source {@code ROUND} (the year's final round), {@code PLAN} (the actuals
	 * recorded in that year's plan) or {@code NONE}
	 */
	public record PastYear(int year, String actual, BigDecimal achievement, String status, boolean provisional,
			String source) {

		public static PastYear none(int year) {
			return new PastYear(year, null, null, null, false, "NONE");
		}

	}

	/**
	 * The progress towards the end-of-Renstra target: the indicator's formula with T =
	 * the end target ({@code Comparisons.progressToEndTarget}).
	 *
	 * @param status {@code COMPUTED}, {@code NOT_REPORTED} or {@code NOT_COMPUTABLE}
	 * @param explanation the inputs and the arithmetic, in Indonesian
	 */
	public record Progress(BigDecimal percent, String status, String explanation) {
	}

	/**
	 * A program's budget, realisation, absorption, achievement and efficiency in the
	 * year's final round.
	 *
	 * @param difference D = achievement − absorption, null when either is missing
	 * @param efficiency {@code EFFICIENT}, {@code FAIRLY_EFFICIENT}, {@code INEFFICIENT};
	 * null when not assessed (no budget, no achievement)
	 * @param explanation the arithmetic of D and the verdict, in Indonesian
	 */
	public record EfficiencyRow(String code, String name, BigDecimal budget, BigDecimal spent, BigDecimal absorption,
			BigDecimal achievement, boolean provisional, BigDecimal difference, String efficiency, String explanation) {
	}

}
