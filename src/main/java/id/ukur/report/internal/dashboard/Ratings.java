package id.ukur.report.internal.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ukur.calculation.RatingBand;
import id.ukur.calculation.RatingScale;

/**
 * A region's ratings as the dashboard shows them: each band's label in the reader's
 * language and its colour. The colour is the band's position in its scale, as on the
 * recap and the report (the five colours best to worst); the region's own scale first,
 * then the built-in ones, so a rating of a round calculated under an earlier scale keeps
 * its colour; a band no scale knows stays neutral.
 */
final class Ratings {

	/** The colour of no rating (neutral grey). */
	static final int NEUTRAL = 5;

	private final Map<String, String> labels = new HashMap<>();

	private final Map<String, Integer> colours = new HashMap<>();

	Ratings(RatingScale regionScale, List<RatingScale> scales, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		List<RatingScale> ordered = new ArrayList<>();
		ordered.add(regionScale);
		ordered.addAll(scales);
		ordered.add(RatingScale.DEFAULT);
		ordered.add(RatingScale.BAIK);
		for (RatingScale scale : ordered) {
			for (int i = 0; i < scale.bands().size(); i++) {
				RatingBand band = scale.bands().get(i);
				this.labels.putIfAbsent(band.code(), english ? band.labelEn() : band.labelId());
				this.colours.putIfAbsent(band.code(), Math.min(i, NEUTRAL - 1));
			}
		}
	}

	String label(String code) {
		return (code != null) ? this.labels.getOrDefault(code, code) : null;
	}

	int colour(String code) {
		return (code != null) ? this.colours.getOrDefault(code, NEUTRAL) : NEUTRAL;
	}

}
