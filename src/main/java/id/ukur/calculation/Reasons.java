package id.ukur.calculation;

import java.util.List;

/**
 * Reason codes (message keys the UI translates) and the sentences used in
 * {@link Explanation#text()}, in the {@link Wording} asked for.
 */
final class Reasons {

	static final String NOT_REPORTED = "calc.notReported";

	static final String TARGET_ZERO_HIGHER = "calc.targetZeroHigher";

	static final String REVERSE_RATIO_ZERO_NO_CAP = "calc.reverseRatioZeroNoCap";

	static final String PROVISIONAL = "calc.provisional";

	static final String QUALITATIVE_UNKNOWN = "calc.qualitativeUnknown";

	static final String NO_INDICATORS = "calc.noIndicators";

	private Reasons() {
	}

	static String qualitativeUnknown(String value, Wording w) {
		if (value == null || value.isBlank()) {
			return w.say(Phrase.QUALITATIVE_NO_TARGET);
		}
		return w.say(Phrase.QUALITATIVE_UNKNOWN, value.trim());
	}

	static String periodsMissing(List<String> periods, Wording w) {
		return w.say(Phrase.PERIODS_MISSING, String.join(", ", periods));
	}

	static String indicatorsNotReported(List<String> codes, Wording w) {
		return w.say(Phrase.INDICATORS_NOT_REPORTED, String.join(", ", codes));
	}

	static String indicatorsProvisional(List<String> codes, Wording w) {
		return w.say(Phrase.INDICATORS_PROVISIONAL, String.join(", ", codes));
	}

	static String indicatorsNotComputable(List<String> codes, Wording w) {
		return w.say(Phrase.INDICATORS_NOT_COMPUTABLE, String.join(", ", codes));
	}

	static String indicatorsCapped(List<String> codes, String cap, Wording w) {
		return w.say(Phrase.INDICATORS_CAPPED, String.join(", ", codes), cap);
	}

}
