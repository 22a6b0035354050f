package id.ukur.round.internal;

import id.ukur.shared.ConflictException;

/**
 * The refusal of a status change its transition table does not allow (the tables are on
 * the status types and drawn in {@code docs/rounds.md}, "States"). The acts refuse what
 * users can try with their own keys first; this key names a change no act should reach.
 */
final class Transitions {

	static final String ILLEGAL = "round.transition.illegal";

	private Transitions() {
	}

	static void check(String subject, Enum<?> from, Enum<?> to, boolean allowed) {
		if (!allowed) {
			throw new ConflictException(ILLEGAL, subject, from.name(), to.name());
		}
	}

}
