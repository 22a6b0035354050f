package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Outlier and plausibility checks of one reported value (docs/calculation.md,
 * "Plausibility checks"): a negative value, a percentage above 100, a fraction of a
 * count, a jump against the previous period or the same period of the previous year
 * beyond the region's factor, and a robust z-score (median and MAD) against the agency's
 * history of the indicator. Stateless; flags are warnings, never refusals.
 */
public final class Plausibility {

	/** The region's jump factor when none is set. */
	public static final BigDecimal DEFAULT_JUMP_FACTOR = BigDecimal.valueOf(3);

	/** Earlier values needed before the robust z-score is used. */
	public static final int MIN_HISTORY = 6;

	/** |z| above this is an outlier (Iglewicz and Hoaglin's modified z-score). */
	public static final BigDecimal Z_THRESHOLD = new BigDecimal("3.5");

	/** The consistency constant of the modified z-score, 0,6745. */
	private static final BigDecimal CONSISTENCY = new BigDecimal("0.6745");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Measure units that count whole things (the first word of the unit). */
	static final Set<String> COUNTS = Set.of("orang", "dokumen", "unit", "kegiatan", "laporan", "buah", "paket", "kali",
			"jiwa", "keluarga", "kk", "rumah", "desa", "kelurahan", "nagari", "kelompok", "lembaga", "sekolah",
			"perusahaan", "koperasi", "ekor", "titik", "berkas", "izin", "aplikasi", "kasus", "produk", "peserta",
			"pasien", "penduduk", "usaha", "umkm", "ikm", "pelaku", "sertifikat", "perda", "perkada", "regulasi",
			"inovasi", "kecamatan", "opd", "pegawai", "asn", "objek", "lokasi", "ruas", "sistem");

	private Plausibility() {
	}

	/**
	 * @param value the reported value; null gives no flag
	 * @param measureUnit the indicator's measure unit ({@code %}, {@code orang} …)
	 * @param previous the value of the previous period on record, or null
	 * @param lastYear the value of the same period of the previous year, or null
	 * @param history the agency's earlier values of the indicator (any order)
	 * @param jumpFactor the region's factor (above 1); null for the default
	 * @return the flags, in the order above; empty when the value looks plausible
	 */
	public static List<PlausibilityFlag> check(BigDecimal value, String measureUnit, BigDecimal previous,
			BigDecimal lastYear, List<BigDecimal> history, BigDecimal jumpFactor) {
		List<PlausibilityFlag> flags = new ArrayList<>();
		if (value == null) {
			return flags;
		}
		BigDecimal factor = (jumpFactor != null && jumpFactor.compareTo(BigDecimal.ONE) > 0) ? jumpFactor
				: DEFAULT_JUMP_FACTOR;
		if (value.signum() < 0) {
			flags.add(PlausibilityFlag.of("NEGATIVE", value));
		}
		if (isPercent(measureUnit) && value.compareTo(HUNDRED) > 0) {
			flags.add(PlausibilityFlag.of("PERCENT_ABOVE_100", value));
		}
		if (isCount(measureUnit) && value.stripTrailingZeros().scale() > 0) {
			flags.add(PlausibilityFlag.of("FRACTION_OF_COUNT", value));
		}
		jump("JUMP_PREVIOUS", value, previous, factor, flags);
		jump("JUMP_LAST_YEAR", value, lastYear, factor, flags);
		outlier(value, (history != null) ? history : List.of(), flags);
		return flags;
	}

	/**
	 * A change by more than the factor either way: value / reference above the factor or
	 * below 1 / factor. Only between positive values and from a positive reference to 0
	 * (a ratio means nothing across 0 or from 0; the z-score covers those).
	 */
	private static void jump(String code, BigDecimal value, BigDecimal reference, BigDecimal factor,
			List<PlausibilityFlag> flags) {
		if (reference == null || reference.signum() <= 0 || value.signum() < 0) {
			return;
		}
		BigDecimal ratio = value.divide(reference, 4, RoundingMode.HALF_UP);
		boolean up = value.compareTo(reference.multiply(factor)) > 0;
		boolean down = value.multiply(factor).compareTo(reference) < 0;
		if (up || down) {
			flags.add(PlausibilityFlag.of(code, value, reference, ratio.setScale(2, RoundingMode.HALF_UP), factor));
		}
	}

	/**
	 * Modified z = 0,6745 × (x − median) / MAD; none with fewer than {@link #MIN_HISTORY}
	 * earlier values or a MAD of 0 (a history of one repeated value has no spread to
	 * measure against; the jump checks cover it).
	 */
	private static void outlier(BigDecimal value, List<BigDecimal> history, List<PlausibilityFlag> flags) {
		List<BigDecimal> known = history.stream().filter(java.util.Objects::nonNull).toList();
		if (known.size() < MIN_HISTORY) {
			return;
		}
		BigDecimal median = median(known);
		BigDecimal mad = median(known.stream().map((x) -> x.subtract(median).abs()).toList());
		if (mad.signum() == 0) {
			return;
		}
		BigDecimal z = CONSISTENCY.multiply(value.subtract(median)).divide(mad, 2, RoundingMode.HALF_UP);
		if (z.abs().compareTo(Z_THRESHOLD) > 0) {
			flags.add(PlausibilityFlag.of("OUTLIER", value, z, median, mad, BigDecimal.valueOf(known.size())));
		}
	}

	static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return sorted.get(middle);
		}
		return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
	}

	/**
	 * @return whether the unit is a percentage: {@code %}, {@code persen},
	 * {@code persentase}, {@code percent} or a unit written with {@code %}
	 */
	public static boolean isPercent(String measureUnit) {
		String unit = normalized(measureUnit);
		return unit.contains("%") || unit.startsWith("persen") || unit.startsWith("percent");
	}

	/**
	 * @return whether the unit counts whole things ({@link #COUNTS}, by its first word)
	 */
	public static boolean isCount(String measureUnit) {
		String unit = normalized(measureUnit);
		String first = unit.split("[\\s/(]+", 2)[0];
		return COUNTS.contains(first);
	}

	private static String normalized(String measureUnit) {
		return (measureUnit != null) ? measureUnit.trim().toLowerCase(Locale.ROOT) : "";
	}

}
