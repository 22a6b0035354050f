package id.ukur.round;

import java.math.BigDecimal;

/**
 * One figure of a round's latest calculation, as {@code recap_figure} keeps it
 * (docs/dashboards.md, "Figures"): the agency, a node of the plan or an indicator.
 *
 * @param kind {@code AGENCY}, a node kind ({@code GOAL}, {@code OBJECTIVE},
 * {@code PROGRAM}, {@code ACTIVITY}, {@code SUB_ACTIVITY}) or {@code INDICATOR}
 * @param parentCode the node above (an indicator's node; null for the agency and the
 * goals)
 * @param key whether the indicator is a key indicator (IKU); false for nodes
 * @param status an indicator's {@code COMPUTED}, {@code NOT_REPORTED} or
 * {@code NOT_COMPUTABLE}; null for nodes
 * @param target the target the achievement is computed against, as written (period to
 * date)
 * @param actual the actual the achievement uses, as written (period to date)
 * @param efficiency a node's efficiency verdict ({@code EFFICIENT} …), null when it has
 * no budget
 * @param projection an indicator's projected year-end achievement from the quarters so
 * far (docs/calculation.md, "Early warning"), null where none is made
 * @param atRisk whether that projection misses the year's target
 * @param ratingLabel the rating's label as the calculation wrote it, in Indonesian (the
 * region's scale may change later; the code and this label stay as calculated)
 */
public record Figure(String kind, String code, String parentCode, String name, String unitCode, boolean key,
		String measureUnit, String status, BigDecimal achievement, String rating, boolean provisional,
		boolean needsFollowUp, String target, String actual, BigDecimal targetValue, BigDecimal actualValue,
		BigDecimal budget, BigDecimal spent, BigDecimal absorption, String efficiency, BigDecimal projection,
		boolean atRisk, String ratingLabel) {

	public static final String AGENCY = "AGENCY";

	public static final String INDICATOR = "INDICATOR";

	public boolean indicator() {
		return INDICATOR.equals(this.kind);
	}

}
