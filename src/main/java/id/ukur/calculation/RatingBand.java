package id.ukur.calculation;

import java.math.BigDecimal;

/**
 * One band of a rating scale: lowerExclusive &lt; C ≤ upperInclusive.
 *
 * @param code the band's code, e.g. {@code TINGGI}
 * @param lowerExclusive the lower bound (exclusive), null when open
 * @param upperInclusive the upper bound (inclusive), null when open
 * @param labelId the Indonesian label
 * @param labelEn the English label
 */
public record RatingBand(String code, BigDecimal lowerExclusive, BigDecimal upperInclusive, String labelId,
		String labelEn) {

	/**
	 * @throws IllegalArgumentException when the code is blank or the bounds are reversed
	 */
	public RatingBand {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("A rating band needs a code");
		}
		if (lowerExclusive != null && upperInclusive != null && lowerExclusive.compareTo(upperInclusive) >= 0) {
			throw new IllegalArgumentException("Rating band " + code + " needs its lower bound below its upper bound");
		}
	}

	boolean contains(BigDecimal value) {
		return (this.lowerExclusive == null || value.compareTo(this.lowerExclusive) > 0)
				&& (this.upperInclusive == null || value.compareTo(this.upperInclusive) <= 0);
	}

	Rating rating() {
		return new Rating(this.code, this.labelId, this.labelEn);
	}

}
