package id.ukur.calculation;

/**
 * Every phrase of an explanation, in Indonesian and English side by side
 * ({@link Wording}). {@code {0}}, {@code {1}} stand for numbers, codes and lists already
 * written the Indonesian way. The formula and aggregation names start with their code in
 * Indonesian, as stored recaps do (docs/formats.md, "Coded values" names them for the
 * reader), and with the people's names in English.
 */
enum Phrase {

	// reasons
	NOT_REPORTED("Realisasi belum dilaporkan (tidak dihitung sebagai 0).",
			"Actual not reported yet (not counted as 0)."),
	TARGET_ZERO_HIGHER("Target 0 pada indikator makin tinggi makin baik: capaian tidak dapat dihitung.",
			"Target 0 on a higher-is-better indicator: the achievement cannot be computed."),
	REVERSE_RATIO_ZERO_NO_CAP(
			"R = 0 pada rumus T / R adalah hasil terbaik, tetapi batas capaian belum ditetapkan: "
					+ "capaian tidak dapat dihitung.",
			"R = 0 in the formula T / R is the best result, but no achievement cap is set: "
					+ "the achievement cannot be computed."),
	REVERSE_RATIO_ZERO_NEGATIVE_TARGET("R = 0 dengan target negatif pada rumus T / R: capaian tidak dapat dihitung.",
			"R = 0 with a negative target in the formula T / R: the achievement cannot be computed."),
	NO_TARGET("Target belum ditetapkan: capaian tidak dapat dihitung.",
			"No target set: the achievement cannot be computed."),
	NO_END_TARGET("Target akhir Renstra belum ditetapkan: capaian tidak dapat dihitung.",
			"No Renstra end target set: the achievement cannot be computed."),
	NO_INDICATORS("Tidak ada indikator yang capaiannya dapat dihitung.",
			"No indicator has an achievement that can be computed."),
	ZERO_WEIGHT("Jumlah bobot indikator yang dihitung 0: rata-rata tertimbang tidak dapat dihitung.",
			"The weights of the computed indicators add up to 0: the weighted mean cannot be computed."),
	QUALITATIVE_NO_TARGET("Target kualitatif belum ditetapkan: capaian tidak dapat dihitung.",
			"No qualitative target set: the achievement cannot be computed."),
	QUALITATIVE_UNKNOWN("Nilai \"{0}\" tidak ada dalam skala kualitatif indikator: capaian tidak dapat dihitung.",
			"The value \"{0}\" is not on the indicator's qualitative scale: the achievement cannot be computed."),
	PERIODS_MISSING("Sementara: realisasi {0} belum dilaporkan.", "Provisional: no actual reported yet for {0}."),
	INDICATORS_NOT_REPORTED("Sementara: {0} belum dilaporkan.", "Provisional: {0} not reported yet."),
	INDICATORS_PROVISIONAL("Sementara: capaian {0} masih sementara.",
			"Provisional: the achievement of {0} is still provisional."),
	INDICATORS_NOT_COMPUTABLE("{0} tidak dapat dihitung dan tidak diikutkan.", "{0}: not computable, left out."),
	INDICATORS_CAPPED("Capaian {0} dibatasi {1} dalam rekap.", "Achievement of {0} capped at {1} in the recap."),

	// inputs
	TARGET_NOT_SET("{0} belum ditetapkan", "{0} not set"),
	ACTUAL_NOT_REPORTED("R belum dilaporkan", "R not reported yet"),
	NOT_ON_SCALE(" (tidak ada dalam skala)", " (not on the scale)"),
	CAP_INPUT("batas capaian = {0}", "achievement cap = {0}"), PERIOD("Periode {0}", "Period {0}"),
	END_TARGET("T (target akhir Renstra) = {0}", "T (Renstra end target) = {0}"),
	END_TARGET_NOT_SET("Target akhir Renstra belum ditetapkan", "Renstra end target not set"),
	YEAR_TARGET("T tahun = {0}", "T of the year = {0}"),
	YEAR_TARGET_NOT_SET("T tahun belum ditetapkan", "T of the year not set"),

	// formulas and arithmetic
	RATIO("RATIO: R / T × 100", "Ratio: R / T × 100"),
	REVERSE_DIFFERENCE("REVERSE_DIFFERENCE: (2 − R / T) × 100", "Reverse difference: (2 − R / T) × 100"),
	REVERSE_RATIO("REVERSE_RATIO: T / R × 100", "Reverse ratio: T / R × 100"),
	IN_RANGE("R = {0} dalam rentang {1} → 100,00", "R = {0} within the range {1} → 100,00"),
	ABOVE_RANGE("R = {0} di atas rentang {1}, T = {2}: ", "R = {0} above the range {1}, T = {2}: "),
	BELOW_RANGE("R = {0} di bawah rentang {1}, T = {2}: ", "R = {0} below the range {1}, T = {2}: "),
	AT_LEAST_ZERO("{0} = {1} → 0,00 (paling rendah 0)", "{0} = {1} → 0,00 (0 at the lowest)"),
	CAP_BEST("R = 0: hasil terbaik, C = batas capaian {0} → {1}",
			"R = 0: the best result, C = the achievement cap {0} → {1}"),
	ROUNDING("{0} → {1} (dibulatkan setengah ke atas, 2 desimal)", "{0} → {1} (rounded half up, 2 decimals)"),

	// period aggregations
	CUMULATIVE("CUMULATIVE: R = jumlah realisasi, T = jumlah target periode yang dilaporkan",
			"Cumulative: R = sum of the actuals, T = sum of the targets of the reported periods"),
	LAST_VALUE("LAST_VALUE: R dan T periode terakhir yang dilaporkan",
			"Last value: R and T of the latest reported period"),
	AVERAGE("AVERAGE: R = rata-rata realisasi yang dilaporkan, T = rata-rata target semua periode",
			"Average: R = mean of the reported actuals, T = mean target of every period"),

	// roll-ups
	WEIGHTED_MEAN("Rata-rata tertimbang: Σ(bobot × C) / Σ bobot", "Weighted mean: Σ(weight × C) / Σ weight"),
	MEAN("Rata-rata: ΣC / n", "Mean: ΣC / n"),
	ITEM_NOT_COMPUTABLE("{0}: tidak dapat dihitung", "{0}: cannot be computed"),
	ITEM_NOT_REPORTED("{0}: belum dilaporkan", "{0}: not reported yet"),
	ITEM_CAPPED(" → dibatasi {0}", " → capped at {0}"), ITEM_WEIGHT(", bobot {0}", ", weight {0}"),
	ITEM_PROVISIONAL(" (sementara)", " (provisional)"),

	// efficiency
	ABSORPTION_TO_DATE("serapan terhadap porsi pagu s.d. periode ({0} %) = {1} / {0} × 100 = {2}; ",
			"absorption against the budget share to date ({0} %) = {1} / {0} × 100 = {2}; "),
	EFFICIENT(" > {0} → Efisien", " > {0} → Efficient"), INEFFICIENT(" < {0} → Tidak efisien", " < {0} → Inefficient"),
	FAIRLY_EFFICIENT(", antara {0} dan {1} → Cukup efisien", ", between {0} and {1} → Fairly efficient"),

	// projections
	PACE("Proyeksi laju (CUMULATIVE): R akhir tahun = jumlah R triwulan yang dilaporkan × 4 / "
			+ "banyak triwulan yang dilaporkan",
			"Pace projection (cumulative): year-end R = sum of the reported quarters' R × 4 / "
					+ "number of reported quarters"),
	TREND("Proyeksi tren (LAST_VALUE): garis kuadrat terkecil atas R yang dilaporkan, dibaca pada TW4",
			"Trend projection (last value): least-squares line through the reported R, read at TW4"),
	TREND_MEAN(
			"Proyeksi tren (AVERAGE): rata-rata empat triwulan, triwulan yang belum dilaporkan dibaca dari garis "
					+ "kuadrat terkecil",
			"Trend projection (average): mean of the four quarters, the quarters not reported yet read from the "
					+ "least-squares line"),
	LEVEL("Proyeksi tingkat (LAST_VALUE, AVERAGE): satu triwulan dilaporkan, nilainya dipakai untuk akhir tahun",
			"Level projection (last value, average): one quarter reported, its value used for the year end"),
	YEAR_END_ACTUAL("R akhir tahun = {0}", "year-end R = {0}"),
	ONE_QUARTER("satu triwulan dilaporkan: R akhir tahun = R {0}", "one quarter reported: year-end R = R {0}"),
	YEAR_ACTUAL("; R tahun = ({0}) / 4", "; R of the year = ({0}) / 4"),
	LINE("garis kuadrat terkecil atas (triwulan; R) {0}: x̄ = {1}, ȳ = {2}, b = {3}",
			"least-squares line through (quarter; R) {0}: x̄ = {1}, ȳ = {2}, b = {3}"),
	LINE_FLOOR("{0} = {1} → 0 (tren tidak diteruskan di bawah 0)",
			"{0} = {1} → 0 (the trend is not continued below 0)"),
	AT_RISK("Berisiko tidak tercapai: proyeksi capaian {0} di bawah 100.",
			"At risk of being missed: the projected achievement {0} is below 100."),
	MEETS_TARGET("Proyeksi memenuhi target tahun.", "The projection meets the year's target."),
	TOO_EARLY("Baru {0} triwulan berjalan: belum dinilai berisiko (mulai TW II).",
			"Only {0} quarter(s) so far: not assessed for risk yet (from TW II on).");

	private final String indonesian;

	private final String english;

	Phrase(String indonesian, String english) {
		this.indonesian = indonesian;
		this.english = english;
	}

	String indonesian() {
		return this.indonesian;
	}

	String english() {
		return this.english;
	}

}
