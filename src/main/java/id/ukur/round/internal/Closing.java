package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.RoundAction;
import id.ukur.round.internal.SealStore.SealRecord;
import id.ukur.shared.InvalidInputException;
import id.ukur.sop.Checkpoint;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What follows the signature: the signer's reopening as a new revision, sending the
 * report to the region, the region's acknowledgement and the archive.
 */
@Component
class Closing {

	private final SealStore seals;

	private final RoundChanges changes;

	Closing(SealStore seals, RoundChanges changes) {
		this.seals = seals;
		this.changes = changes;
	}

	void reopen(RoundState state, String reason, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.REOPEN, state);
		String why = Guards.reason(reason);
		Instant now = this.changes.now();
		SealRecord seal = this.seals.latest(state.round.id).orElseThrow();
		this.seals.supersede(seal.id(), now, user.username(), why);
		state.round.reopen();
		int target = StepActs.firstDataStep(state);
		state.executor.returnTo(state.steps, target, now);
		this.changes.journal(state, "ROUND", "REOPENED", user,
				Map.of("revision", seal.revision(), "verificationCode", seal.verificationCode()),
				Map.of("revision", state.round.revision, "toStep", target), why);
		this.changes.finish(state, now);
	}

	void send(RoundState state, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.SEND, state);
		boolean step = state.executor.has(Checkpoint.SEND);
		Instant now = this.changes.now();
		state.send(now, user.username());
		if (step) {
			this.changes.completeStep(state, now, user, null, "SENT", null);
		}
		else {
			this.changes.journal(state, "ROUND", "SENT", user, null, null, null);
			this.changes.finish(state, now);
		}
	}

	void acknowledge(RoundState state, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.ACKNOWLEDGE, state);
		Instant now = this.changes.now();
		state.round.acknowledge(now, user.username());
		this.changes.journal(state, "ROUND", "ACKNOWLEDGED", user, null, null, null);
		this.changes.finish(state, now);
	}

	void archive(RoundState state, String reference, CurrentUser user) {
		String cleaned = Texts.clean(reference);
		if (cleaned == null) {
			throw new InvalidInputException("archiveReference", "validation.required");
		}
		if (cleaned.length() > 200) {
			throw new InvalidInputException("archiveReference", "validation.tooLong", 200);
		}
		RoundPolicy.require(user, RoundAction.ARCHIVE, state);
		boolean step = state.executor.has(Checkpoint.ARCHIVE);
		Instant now = this.changes.now();
		state.round.archive(cleaned, now);
		if (step) {
			this.changes.completeStep(state, now, user, cleaned, "ARCHIVED", Map.of("archiveReference", cleaned));
		}
		else {
			this.changes.journal(state, "ROUND", "ARCHIVED", user, null, Map.of("archiveReference", cleaned), null);
			this.changes.finish(state, now);
		}
	}

}
