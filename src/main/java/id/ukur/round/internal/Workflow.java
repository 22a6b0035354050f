package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.Commands;
import id.ukur.round.RoundAction;
import id.ukur.round.internal.SealStore.SealRecord;
import id.ukur.shared.InvalidInputException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The acts of a round's SOP: distribution, hand-over for review, the review's decision
 * ({@link Reviewing}), the signature that seals, what follows it ({@link Closing}) and
 * manual steps. Each act is refused unless its step is current and the user acts in its
 * lane.
 */
@Component
class Workflow {

	private final FormStore forms;

	private final Sealing sealing;

	private final Reviewing reviewing;

	private final Closing closing;

	private final RoundChanges changes;

	Workflow(FormStore forms, Sealing sealing, Reviewing reviewing, Closing closing, RoundChanges changes) {
		this.forms = forms;
		this.sealing = sealing;
		this.reviewing = reviewing;
		this.closing = closing;
		this.changes = changes;
	}

	void prepareForms(RoundState state, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.PREPARE_FORMS, state);
		state.round.prepareForms();
		Instant now = this.changes.now();
		this.changes.journal(state, "ROUND", "FORMS_PREPARED", user, null, Map.of("forms", state.forms.size()), null);
		if (!state.executor.has(Checkpoint.DISTRIBUTE_FORMS)) {
			sendForms(state, now);
		}
		this.changes.finish(state, now);
	}

	void distribute(RoundState state, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.DISTRIBUTE_FORMS, state);
		Instant now = this.changes.now();
		sendForms(state, now);
		this.changes.completeStep(state, now, user, null, "FORMS_DISTRIBUTED", Map.of("forms", state.forms.size()));
	}

	private void sendForms(RoundState state, Instant now) {
		state.distributeForms(now);
		for (FormRecord form : state.forms) {
			this.forms.update(form);
		}
	}

	void submitForReview(RoundState state, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.SUBMIT_FOR_REVIEW, state);
		Guards.readyForDecision(state);
		Instant now = this.changes.now();
		state.round.submitForReview(now);
		this.changes.completeStep(state, now, user, null, "SUBMITTED_FOR_REVIEW", null);
	}

	SealRecord sign(RoundState state, CurrentUser user) {
		Step step = StepActs.act(state, RoundAction.SIGN, user);
		Guards.readyForDecision(state);
		Instant now = this.changes.now();
		SealRecord seal = this.sealing.seal(state, state.executor.decider(step), user, now);
		state.round.seal();
		this.changes.completeStep(state, now, user, seal.verificationCode(), "SIGNED", Map.of("verificationCode",
				seal.verificationCode(), "sha256", seal.sha256(), "revision", seal.revision()));
		return seal;
	}

	void completeStep(RoundState state, int number, String note, String decision, CurrentUser user) {
		RoundPolicy.decideStep(user, state, number).orThrow();
		Step step = state.executor.step(number);
		Boolean yes = ManualDecision.read(step, decision);
		String cleaned = Texts.clean(note);
		if (cleaned == null) {
			throw new InvalidInputException("note", "round.step.noteRequired");
		}
		if (cleaned.length() > 4000) {
			throw new InvalidInputException("note", "validation.tooLong", 4000);
		}
		Instant now = this.changes.now();
		if (yes == null) {
			this.changes.completeStep(state, now, user, cleaned, "STEP_COMPLETED", Map.of("note", cleaned));
		}
		else if (yes) {
			this.changes.completeStep(state, now, user, step.decision().yes() + ": " + cleaned, "STEP_COMPLETED",
					Map.of("note", cleaned, "decision", "YES"));
		}
		else {
			int target = step.decision().noTarget();
			state.executor.decline(state.steps, target, now, user.username(), step.decision().no() + ": " + cleaned);
			ManualDecision.rewind(state, target);
			this.changes.journal(state, "STEP:" + number, "STEP_DECLINED", user, null,
					Map.of("note", cleaned, "decision", "NO", "toStep", target), null);
			this.changes.finish(state, now);
		}
	}

	void review(RoundState state, Commands.Review review, CurrentUser user) {
		this.reviewing.review(state, review, user);
	}

	void reopen(RoundState state, String reason, CurrentUser user) {
		this.closing.reopen(state, reason, user);
	}

	void send(RoundState state, CurrentUser user) {
		this.closing.send(state, user);
	}

	void acknowledge(RoundState state, CurrentUser user) {
		this.closing.acknowledge(state, user);
	}

	void archive(RoundState state, String reference, CurrentUser user) {
		this.closing.archive(state, reference, user);
	}

}
