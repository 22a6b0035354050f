package id.ukur.report;

import java.math.BigDecimal;
import java.util.List;

import id.ukur.round.Period;

/**
 * One indicator of an agency across every period and year on record (docs/dashboards.md,
 * "Agency dashboard"), matched by its code.
 *
 * @param parentCode the node it belongs to in the latest round
 * @param objective whether that node is an objective (for the way back)
 * @param rows oldest first
 */
public record IndicatorHistory(AgencyDashboard.Agency agency, String code, String name, String measureUnit, boolean key,
		String parentCode, String parentName, boolean objective, List<Row> rows) {

	/**
	 * One period: what the recap of its round stored, and the factors its unit wrote.
	 *
	 * @param colour the rating's colour, 0 (best) to 4 (worst), 5 without a rating
	 */
	public record Row(long roundId, int year, Period period, boolean sealed, String target, String actual,
			BigDecimal achievement, String rating, String ratingLabel, int colour, boolean provisional, String status,
			String unitCode, String unitName, String enabling, String inhibiting, boolean atRisk,
			BigDecimal projection) {
	}

}
