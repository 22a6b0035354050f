package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The achievement of an objective, goal, program, activity or agency from its indicators.
 *
 * @param achievement the mean rounded half-up to 2 decimals; null when nothing counted
 * @param exact the mean with 10 decimals; null when nothing counted
 * @param provisional whether an indicator is not reported or itself provisional
 * @param counted how many indicators the mean is over
 * @param notComputable codes of indicators left out as not computable
 * @param notReported codes of indicators left out as not reported
 * @param capped codes of indicators whose C was capped for this roll-up
 * @param explanation how the mean came about
 */
public record RollUpResult(BigDecimal achievement, BigDecimal exact, boolean provisional, int counted,
		List<String> notComputable, List<String> notReported, List<String> capped, Explanation explanation) {

	/**
	 * Copies the lists so the result cannot change afterwards.
	 */
	public RollUpResult {
		notComputable = List.copyOf(notComputable);
		notReported = List.copyOf(notReported);
		capped = List.copyOf(capped);
	}

}
