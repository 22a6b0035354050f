package id.ukur.round.internal;

import id.ukur.shared.ConflictException;
import id.ukur.shared.InvalidInputException;

/** Refusals every act shares. */
final class Guards {

	private Guards() {
	}

	/** A sealed, archived or cancelled round refuses every change of its data. */
	static void open(RoundState state) {
		RoundConditions.open(state).orThrow();
	}

	/** A return or refusal without a reason is refused. */
	static String reason(String reason) {
		String cleaned = Texts.clean(reason);
		if (cleaned == null) {
			throw new InvalidInputException("reason", "round.reason.required");
		}
		if (cleaned.length() > 2000) {
			throw new InvalidInputException("reason", "validation.tooLong", 2000);
		}
		return cleaned;
	}

	/** Values settled and the calculation current: what review and signature look at. */
	static void readyForDecision(RoundState state) {
		if (!state.allSettled()) {
			throw new ConflictException("round.valuesOpen", state.openValues());
		}
		if (!state.round.calculationCurrent()) {
			throw new ConflictException("round.notCalculated");
		}
	}

}
