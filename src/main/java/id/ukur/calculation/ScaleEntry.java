package id.ukur.calculation;

import java.math.BigDecimal;

/**
 * One allowed value of a qualitative indicator and the number it counts as, e.g. WTP = 4.
 *
 * @param value the qualitative value as entered
 * @param score the number used in the formula
 */
public record ScaleEntry(String value, BigDecimal score) {

	/**
	 * @throws IllegalArgumentException when the value is blank or the score missing
	 */
	public ScaleEntry {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A qualitative scale entry needs a value");
		}
		if (score == null) {
			throw new IllegalArgumentException("The qualitative value " + value + " needs a score");
		}
	}

}
