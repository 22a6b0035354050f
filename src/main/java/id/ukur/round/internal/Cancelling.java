package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.RoundAction;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Cancelling a round that can no longer go on (see {@code docs/rounds.md}): the head's
 * act, with a reason, journaled in the act's transaction; the round is kept and its
 * period freed.
 */
@Component
class Cancelling {

	private final RoundChanges changes;

	Cancelling(RoundChanges changes) {
		this.changes = changes;
	}

	/**
	 * The head stops a round that can no longer go on: kept with its steps and values,
	 * the step that held it marked cancelled, its period free for a new round. A signed
	 * round is not cancelled: its report stands (a reopening corrects it).
	 */
	void cancel(RoundState state, String reason, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.CANCEL, state);
		String why = Guards.reason(reason);
		Instant now = this.changes.now();
		StepRecord current = state.cancel(now, user.username(), why);
		this.changes.journal(state, "ROUND", "CANCELLED", user,
				(current != null) ? Map.of("step", current.number) : null,
				Map.of("period", state.round.period.name(), "year", state.round.year), why);
		this.changes.finish(state, now);
	}

}
