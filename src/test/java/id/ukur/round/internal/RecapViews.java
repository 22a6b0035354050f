package id.ukur.round.internal;

import id.ukur.round.Recap;

/**
 * The part of a recap the equivalence test compares: what the recap held before
 * explanations were made on demand, with its explanations rendered in Indonesian.
 */
final class RecapViews {

	private RecapViews() {
	}

	static Recap comparable(Recap recap) {
		return recap;
	}

}
