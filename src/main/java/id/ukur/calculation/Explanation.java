package id.ukur.calculation;

import java.util.List;

/**
 * Everything needed to recompute a number by hand, in the {@link Wording} asked for
 * (Indonesian unless asked otherwise). Numbers are written the Indonesian way in both
 * languages (decimal comma, '.' between thousands).
 *
 * @param inputs the inputs with the periods they came from, e.g. {@code "T = 8"},
 * {@code "TW1: T = 10, R = 12"}
 * @param formulaName the formula by name and expression, e.g.
 * {@code "REVERSE_DIFFERENCE: (2 − R / T) × 100"}
 * @param arithmetic the formula with the numbers filled in, e.g.
 * {@code "(2 − 9 / 8) × 100 = 87,50"}; null when nothing was computed
 * @param rounding the exact value and its rounding, e.g.
 * {@code "87,5000000000 → 87,50 (dibulatkan setengah ke atas, 2 desimal)"}; null when
 * nothing was computed
 * @param capApplied whether the region's achievement cap changed or supplied a value
 * @param reasonCode message key of the reason the value is not computed or provisional
 * ({@code calc.notReported}, {@code calc.targetZeroHigher},
 * {@code calc.reverseRatioZeroNoCap}, {@code calc.provisional},
 * {@code calc.qualitativeUnknown}, {@code calc.noIndicators}), or null
 * @param text one line: the arithmetic followed by the reasons
 */
public record Explanation(List<String> inputs, String formulaName, String arithmetic, String rounding,
		boolean capApplied, String reasonCode, String text) {

	/**
	 * Copies the inputs so the explanation cannot change afterwards.
	 */
	public Explanation {
		inputs = (inputs != null) ? List.copyOf(inputs) : List.of();
	}

}
