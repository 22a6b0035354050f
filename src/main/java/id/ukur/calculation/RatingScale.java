package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rating scale (region setting): bands ordered best first, closed so that every
 * achievement, including values above 100 and below 0, falls in exactly one band.
 *
 * @param code the scale's code
 * @param nameId the Indonesian name
 * @param nameEn the English name
 * @param bands the bands, best (highest) first
 */
public record RatingScale(String code, String nameId, String nameEn, List<RatingBand> bands) {

	/**
	 * The default scale, after Permendagri 86/2017: Sangat Tinggi &gt; 90, Tinggi &gt;
	 * 75, Sedang &gt; 65, Rendah &gt; 50, Sangat Rendah ≤ 50.
	 */
	public static final RatingScale DEFAULT = fiveBands("DEFAULT", "Sangat Tinggi – Sangat Rendah",
			"Very high – very low", new String[] { "SANGAT_TINGGI", "TINGGI", "SEDANG", "RENDAH", "SANGAT_RENDAH" },
			new String[] { "Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah" },
			new String[] { "Very high", "High", "Moderate", "Low", "Very low" });

	/**
	 * The same bounds as {@link #DEFAULT} with the labels Sangat Baik … Sangat Kurang.
	 */
	public static final RatingScale BAIK = fiveBands("BAIK", "Sangat Baik – Sangat Kurang", "Very good – very poor",
			new String[] { "SANGAT_BAIK", "BAIK", "CUKUP", "KURANG", "SANGAT_KURANG" },
			new String[] { "Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang" },
			new String[] { "Very good", "Good", "Fair", "Poor", "Very poor" });

	/**
	 * @throws IllegalArgumentException unless the bands are non-empty, best first,
	 * contiguous, open above the first and below the last, with distinct codes
	 */
	public RatingScale {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("A rating scale needs a code");
		}
		if (bands == null || bands.isEmpty()) {
			throw new IllegalArgumentException("Rating scale " + code + " needs at least one band");
		}
		bands = List.copyOf(bands);
		if (bands.get(0).upperInclusive() != null) {
			throw new IllegalArgumentException("Rating scale " + code + ": the first (best) band must have no upper "
					+ "bound, so that achievements above " + bands.get(0).upperInclusive() + " have a band");
		}
		if (bands.get(bands.size() - 1).lowerExclusive() != null) {
			throw new IllegalArgumentException(
					"Rating scale " + code + ": the last band must have no lower bound, " + "so that achievements of "
							+ bands.get(bands.size() - 1).lowerExclusive() + " and below have a band");
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < bands.size(); i++) {
			RatingBand band = bands.get(i);
			if (!codes.add(band.code())) {
				throw new IllegalArgumentException("Rating scale " + code + ": band " + band.code() + " appears twice");
			}
			if (i + 1 < bands.size()) {
				BigDecimal below = band.lowerExclusive();
				BigDecimal next = bands.get(i + 1).upperInclusive();
				if (below == null || next == null || below.compareTo(next) != 0) {
					throw new IllegalArgumentException("Rating scale " + code
							+ ": bands must be ordered best first and " + "contiguous, but " + band.code()
							+ " starts above " + below + " while " + bands.get(i + 1).code() + " ends at " + next);
				}
			}
		}
	}

	/**
	 * @param achievement an achievement; it is rated by its value rounded half-up to 2
	 * decimals, the value people see
	 * @return its rating, or null when there is no achievement to rate
	 */
	public Rating rate(BigDecimal achievement) {
		if (achievement == null) {
			return null;
		}
		BigDecimal shown = Formulas.rounded(achievement);
		for (RatingBand band : this.bands) {
			if (band.contains(shown)) {
				return band.rating();
			}
		}
		throw new IllegalStateException("Rating scale " + this.code + " has no band for " + shown);
	}

	/**
	 * @param bandCode a band's code
	 * @return its position, 0 for the best band; a larger number is a worse rating
	 * @throws IllegalArgumentException when the scale has no such band
	 */
	public int position(String bandCode) {
		for (int i = 0; i < this.bands.size(); i++) {
			if (this.bands.get(i).code().equals(bandCode)) {
				return i;
			}
		}
		throw new IllegalArgumentException("Rating scale " + this.code + " has no band " + bandCode);
	}

	private static RatingScale fiveBands(String code, String nameId, String nameEn, String[] codes, String[] labelsId,
			String[] labelsEn) {
		BigDecimal[] bounds = { null, BigDecimal.valueOf(90), BigDecimal.valueOf(75), BigDecimal.valueOf(65),
				BigDecimal.valueOf(50), null };
		List<RatingBand> bands = new ArrayList<>();
		for (int i = 0; i < codes.length; i++) {
			bands.add(new RatingBand(codes[i], bounds[i + 1], bounds[i], labelsId[i], labelsEn[i]));
		}
		return new RatingScale(code, nameId, nameEn, bands);
	}

}
