package id.ukur.calculation;

import java.util.List;

/**
 * Reason codes (message keys the UI translates) and the Indonesian sentences used in
 * {@link Explanation#text()}.
 */
final class Reasons {

	static final String NOT_REPORTED = "calc.notReported";

	static final String TARGET_ZERO_HIGHER = "calc.targetZeroHigher";

	static final String REVERSE_RATIO_ZERO_NO_CAP = "calc.reverseRatioZeroNoCap";

	static final String PROVISIONAL = "calc.provisional";

	static final String QUALITATIVE_UNKNOWN = "calc.qualitativeUnknown";

	static final String NO_INDICATORS = "calc.noIndicators";

	static final String NOT_REPORTED_TEXT = "Realisasi belum dilaporkan (tidak dihitung sebagai 0).";

	static final String TARGET_ZERO_HIGHER_TEXT = "Target 0 pada indikator makin tinggi makin baik: "
			+ "capaian tidak dapat dihitung.";

	static final String REVERSE_RATIO_ZERO_NO_CAP_TEXT = "R = 0 pada rumus T / R adalah hasil terbaik, "
			+ "tetapi batas capaian belum ditetapkan: capaian tidak dapat dihitung.";

	static final String REVERSE_RATIO_ZERO_NEGATIVE_TARGET_TEXT = "R = 0 dengan target negatif pada rumus T / R: "
			+ "capaian tidak dapat dihitung.";

	static final String NO_TARGET_TEXT = "Target belum ditetapkan: capaian tidak dapat dihitung.";

	static final String NO_END_TARGET_TEXT = "Target akhir Renstra belum ditetapkan: capaian tidak dapat dihitung.";

	static final String NO_INDICATORS_TEXT = "Tidak ada indikator yang capaiannya dapat dihitung.";

	static final String ZERO_WEIGHT_TEXT = "Jumlah bobot indikator yang dihitung 0: rata-rata tertimbang "
			+ "tidak dapat dihitung.";

	private Reasons() {
	}

	static String qualitativeUnknown(String value) {
		if (value == null || value.isBlank()) {
			return "Target kualitatif belum ditetapkan: capaian tidak dapat dihitung.";
		}
		return "Nilai \"" + value.trim() + "\" tidak ada dalam skala kualitatif indikator: "
				+ "capaian tidak dapat dihitung.";
	}

	static String periodsMissing(List<String> periods) {
		return "Sementara: realisasi " + String.join(", ", periods) + " belum dilaporkan.";
	}

	static String indicatorsNotReported(List<String> codes) {
		return "Sementara: " + String.join(", ", codes) + " belum dilaporkan.";
	}

	static String indicatorsProvisional(List<String> codes) {
		return "Sementara: capaian " + String.join(", ", codes) + " masih sementara.";
	}

	static String indicatorsNotComputable(List<String> codes) {
		return String.join(", ", codes) + " tidak dapat dihitung dan tidak diikutkan.";
	}

	static String indicatorsCapped(List<String> codes, String cap) {
		return "Capaian " + String.join(", ", codes) + " dibatasi " + cap + " dalam rekap.";
	}

}
