package id.ukur.shared;

import java.time.Instant;

/**
 * A running measurement of the user's agency as the home page lists it: its label, where
 * it is, the step that holds it (null: every step done) with its activity, the lanes that
 * hold it, when it is due and whether it is late.
 */
public record InboxRound(String label, String link, Integer stepNumber, String activity, String holder, Instant due,
		boolean late) {
}
