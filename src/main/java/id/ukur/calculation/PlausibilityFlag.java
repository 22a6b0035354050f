package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One doubt about a reported value (docs/calculation.md, "Plausibility checks"): never a
 * refusal, a warning to the unit and the team.
 *
 * @param code what was found: {@code NEGATIVE}, {@code PERCENT_ABOVE_100},
 * {@code FRACTION_OF_COUNT}, {@code JUMP_PREVIOUS}, {@code JUMP_LAST_YEAR},
 * {@code OUTLIER} (for integrations; people read the message)
 * @param messageKey the message that says it ({@code plausibility.<code>}), with
 * {@code arguments} filled in
 * @param arguments the numbers of the message, in its order
 */
public record PlausibilityFlag(String code, String messageKey, List<BigDecimal> arguments) {

	/**
	 * Copies the arguments so the flag cannot change afterwards.
	 */
	public PlausibilityFlag {
		arguments = List.copyOf(arguments);
	}

	static PlausibilityFlag of(String code, BigDecimal... arguments) {
		return new PlausibilityFlag(code, "plausibility." + code, List.of(arguments));
	}

}
