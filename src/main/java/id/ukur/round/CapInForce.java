package id.ukur.round;

import java.math.BigDecimal;

/**
 * The region's achievement cap a roll-up was calculated with, as shown beside it
 * (docs/calculation.md, "The cap where the roll-up is shown"): the recap keeps the cap it
 * used; a recap stored with its texts, before the recap kept its settings, does not say.
 *
 * @param known whether the recap says which cap it used
 * @param cap the cap, null for none (or not known)
 */
public record CapInForce(boolean known, BigDecimal cap) {

	/** A recap that does not say which cap it used. */
	public static final CapInForce UNKNOWN = new CapInForce(false, null);

	/**
	 * @param recap a recap, may be null
	 * @return the cap it was calculated with; a recap that keeps its settings always
	 * keeps its efficiency threshold, so without one it was stored with its texts
	 */
	public static CapInForce of(Recap recap) {
		if (recap == null || recap.efficiencyThreshold() == null) {
			return UNKNOWN;
		}
		return new CapInForce(true, recap.achievementCap());
	}

}
