package id.ukur.report.internal.region;

import id.ukur.calculation.RatingBand;
import id.ukur.calculation.RatingScale;
import id.ukur.report.internal.region.RegionDashboard.Band;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ratings a region's figures may hold, with labels in the reader's language and the
 * colour every page gives them: a band is coloured by its position in the scale it comes
 * from (the classes {@code rating-pos-0} … {@code rating-pos-4} of ukur.css, as the recap
 * and the report colour them); a rating no scale of the region knows, and no rating at
 * all, stay neutral grey. The label is always written beside the colour.
 */
final class RatingBands {

	static final String NEUTRAL = "text-bg-secondary";

	private final Map<String, Band> known = new LinkedHashMap<>();

	private final List<String> scaleOrder = new ArrayList<>();

	private final String unrated;

	private final Locale locale;

	private final Supplier<? extends Collection<RatingScale>> others;

	private boolean othersRead;

	/**
	 * @param scale the region's scale in use (its bands come first), then the built-in
	 * scales
	 * @param others the region's scales, read only when a figure holds a rating none of
	 * those knows (a scale the region used before)
	 * @param unrated the label of indicators without a rating
	 */
	RatingBands(RatingScale scale, Supplier<? extends Collection<RatingScale>> others, Locale locale, String unrated) {
		this.unrated = unrated;
		this.locale = locale;
		this.others = others;
		add(List.of(scale, RatingScale.DEFAULT, RatingScale.BAIK));
		scale.bands().forEach((b) -> this.scaleOrder.add(b.code()));
	}

	private void add(Collection<RatingScale> scales) {
		for (RatingScale s : scales) {
			for (int i = 0; i < s.bands().size(); i++) {
				RatingBand band = s.bands().get(i);
				this.known.putIfAbsent(band.code(),
						new Band(band.code(), "en".equals(this.locale.getLanguage()) ? band.labelEn() : band.labelId(),
								"rating-pos-" + Math.min(i, 4)));
			}
		}
	}

	/**
	 * @return the band of a rating code; a null code gives the "not rated" band
	 */
	Band band(String code) {
		if (code == null) {
			return new Band(null, this.unrated, NEUTRAL);
		}
		if (!this.known.containsKey(code) && !this.othersRead) {
			this.othersRead = true;
			add(this.others.get());
		}
		return this.known.getOrDefault(code, new Band(code, code, NEUTRAL));
	}

	/**
	 * @return the region scale's bands best first, then the other ratings found, then
	 * "not rated"
	 */
	List<Band> columns(Collection<String> found) {
		List<Band> bands = new ArrayList<>();
		this.scaleOrder.forEach((code) -> bands.add(band(code)));
		found.stream()
			.filter((code) -> code != null && !this.scaleOrder.contains(code))
			.distinct()
			.sorted()
			.forEach((code) -> bands.add(band(code)));
		bands.add(band(null));
		return bands;
	}

}
