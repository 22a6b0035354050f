package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns an {@link Outcome} into an {@link AchievementResult} with its
 * {@link Explanation}.
 */
final class Results {

	private Results() {
	}

	static AchievementResult notReported(String formulaName, List<String> inputs, Wording w) {
		Explanation explanation = new Explanation(inputs, formulaName, null, null, false, Reasons.NOT_REPORTED,
				w.say(Phrase.NOT_REPORTED));
		return new AchievementResult(ResultStatus.NOT_REPORTED, null, null, false, null, null, explanation);
	}

	/**
	 * @param provisionalText the sentence saying why the result is provisional, or null
	 * when it is not
	 */
	static AchievementResult of(Outcome outcome, BigDecimal actualUsed, String formulaName, List<String> inputs,
			String provisionalText, Wording w) {
		boolean computed = outcome.status() == ResultStatus.COMPUTED;
		boolean provisional = provisionalText != null;
		String reasonCode = (outcome.reasonCode() != null) ? outcome.reasonCode()
				: (provisional ? Reasons.PROVISIONAL : null);
		String text = sentences(outcome.arithmetic(), outcome.reason(), provisionalText);
		Explanation explanation = new Explanation(inputs, formulaName, outcome.arithmetic(),
				computed ? Formulas.rounding(outcome.exact(), w) : null, outcome.capApplied(), reasonCode, text);
		return new AchievementResult(outcome.status(), computed ? Formulas.rounded(outcome.exact()) : null,
				outcome.exact(), provisional, actualUsed, outcome.targetUsed(), explanation);
	}

	/**
	 * @return the inputs, with the cap added when it supplied the value
	 */
	static List<String> withCap(List<String> inputs, Outcome outcome, BigDecimal cap, Wording w) {
		if (!outcome.capApplied()) {
			return inputs;
		}
		List<String> all = new ArrayList<>(inputs);
		all.add(w.say(Phrase.CAP_INPUT, IndonesianNumbers.plain(cap)));
		return all;
	}

	/**
	 * @return the non-null parts joined by spaces
	 */
	static String sentences(String... parts) {
		return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
	}

}
