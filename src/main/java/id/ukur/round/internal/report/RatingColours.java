package id.ukur.round.internal.report;

import java.util.List;

import id.ukur.calculation.RatingScale;

/**
 * The five rating colours used everywhere (Sangat Tinggi dark green … Sangat Rendah red).
 * A band is coloured by its position in the scale it comes from, so the built-in scales
 * with other labels (Sangat Baik … Sangat Kurang) get the same colours; a band no
 * built-in scale knows stays neutral grey rather than being guessed.
 */
final class RatingColours {

	/** Background colours best first, then the neutral grey. */
	private static final List<String> BACKGROUNDS = List.of("1B5E20", "43A047", "FDD835", "FB8C00", "C62828", "9E9E9E");

	/** Dark text on the light backgrounds (yellow, orange), white on the others. */
	private static final List<Boolean> DARK_TEXT = List.of(false, false, true, true, false, false);

	private static final int NEUTRAL = BACKGROUNDS.size() - 1;

	private RatingColours() {
	}

	/**
	 * @return the band's position 0 (best) to 4 (worst), or 5 for a band of an unknown
	 * scale or no rating
	 */
	static int position(String code) {
		if (code == null) {
			return NEUTRAL;
		}
		for (RatingScale scale : List.of(RatingScale.DEFAULT, RatingScale.BAIK)) {
			for (int i = 0; i < scale.bands().size(); i++) {
				if (scale.bands().get(i).code().equals(code)) {
					return Math.min(i, NEUTRAL - 1);
				}
			}
		}
		return NEUTRAL;
	}

	/**
	 * @return the background as {@code RRGGBB}
	 */
	static String background(String code) {
		return BACKGROUNDS.get(position(code));
	}

	/**
	 * @return whether the label reads better in dark text on this background
	 */
	static boolean darkText(String code) {
		return DARK_TEXT.get(position(code));
	}

}
