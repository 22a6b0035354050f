package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.Commands;
import id.ukur.round.EntryStatus;
import id.ukur.round.FormStatus;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundEvents;
import id.ukur.round.RoundStatus;
import id.ukur.round.StepStatus;
import id.ukur.round.internal.SealStore.SealRecord;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The acts of a round's SOP: distribution, hand-over for review, the review's decision,
 * the signature that seals, reopening, sending, acknowledging, archiving and manual
 * steps. Each act is refused unless its step is current and the user acts in its lane.
 */
@Component
class Workflow {

	private final FormStore forms;

	private final SealStore seals;

	private final Sealing sealing;

	private final Collection collection;

	private final RoundChanges changes;

	Workflow(FormStore forms, SealStore seals, Sealing sealing, Collection collection, RoundChanges changes) {
		this.forms = forms;
		this.seals = seals;
		this.sealing = sealing;
		this.collection = collection;
		this.changes = changes;
	}

	void prepareForms(RoundState state, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.PREPARE_FORMS, state);
		state.round.formsPrepared = true;
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
		complete(state, now, user, null, "FORMS_DISTRIBUTED", Map.of("forms", state.forms.size()));
	}

	private void sendForms(RoundState state, Instant now) {
		for (FormRecord form : state.forms) {
			form.status = FormStatus.OPEN;
			form.distributedAt = now;
			this.forms.update(form);
		}
		state.round.formsDistributed = true;
		this.changes.publish(
				new RoundEvents.FormsDistributed(state.round.id, state.round.agencyId, RoundChanges.label(state.round),
						state.forms.stream().map((f) -> f.unitCode).toList(), state.round.deadline));
	}

	void submitForReview(RoundState state, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.SUBMIT_FOR_REVIEW, state);
		Guards.readyForDecision(state);
		Instant now = this.changes.now();
		state.round.submittedForReviewAt = now;
		complete(state, now, user, null, "SUBMITTED_FOR_REVIEW", null);
	}

	void review(RoundState state, Commands.Review review, CurrentUser user) {
		Step step = act(state, RoundAction.REVIEW, user);
		String decision = (review.decision() != null) ? review.decision().trim().toUpperCase(Locale.ROOT) : "";
		if (!decision.equals("APPROVE") && !decision.equals("RETURN")) {
			throw new InvalidInputException("decision", "round.review.decision");
		}
		Instant now = this.changes.now();
		if (decision.equals("APPROVE")) {
			Guards.readyForDecision(state);
			state.round.approvedAt = now;
			complete(state, now, user, step.decision() != null ? step.decision().yes() : null, "REVIEW_APPROVED", null);
			return;
		}
		String reason = Guards.reason(review.reason());
		Set<String> units = returnTargets(state, review.returnTo());
		int target = (step.decision() != null && step.decision().noTarget() != null) ? step.decision().noTarget()
				: firstDataStep(state);
		state.executor.decline(state.steps, target, now, user.username(),
				((step.decision() != null) ? step.decision().no() + ": " : "") + reason);
		List<EntryRecord> values = state.entries.stream()
			.filter((e) -> units.contains(e.unitCode) && e.status != EntryStatus.NOT_REPORTED)
			.toList();
		this.collection.reopen(state, values, reason, now, user);
		state.round.calculatedVersion = null;
		state.round.submittedForReviewAt = null;
		this.changes.journal(state, "STEP:" + step.number(), "REVIEW_RETURNED", user, null,
				Map.of("returnTo", (review.returnTo() != null) ? review.returnTo() : List.of("TEAM"), "toStep", target),
				reason);
		this.changes.finish(state, now);
	}

	private static Set<String> returnTargets(RoundState state, List<String> returnTo) {
		Set<String> units = new LinkedHashSet<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (String target : (returnTo != null) ? returnTo : List.<String>of()) {
			if (target == null || target.isBlank() || target.equalsIgnoreCase("TEAM")) {
				continue;
			}
			if (state.unitCodes().contains(target.trim())) {
				units.add(target.trim());
			}
			else {
				problems.add(new FieldProblem("returnTo", "round.review.unknownUnit", target));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return units;
	}

	SealRecord sign(RoundState state, CurrentUser user) {
		Step step = act(state, RoundAction.SIGN, user);
		Guards.readyForDecision(state);
		Instant now = this.changes.now();
		SealRecord seal = this.sealing.seal(state, state.executor.decider(step), user, now);
		state.round.status = RoundStatus.SEALED;
		complete(state, now, user, seal.verificationCode(), "SIGNED", Map.of("verificationCode",
				seal.verificationCode(), "sha256", seal.sha256(), "revision", seal.revision()));
		return seal;
	}

	void reopen(RoundState state, String reason, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.REOPEN, state);
		String why = Guards.reason(reason);
		Instant now = this.changes.now();
		SealRecord seal = this.seals.latest(state.round.id).orElseThrow();
		this.seals.supersede(seal.id(), now, user.username(), why);
		state.round.revision++;
		state.round.status = RoundStatus.OPEN;
		state.round.calculatedVersion = null;
		state.round.approvedAt = null;
		state.round.submittedForReviewAt = null;
		state.round.sentAt = null;
		state.round.sentBy = null;
		state.round.acknowledgedAt = null;
		state.round.acknowledgedBy = null;
		int target = firstDataStep(state);
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
		state.round.sentAt = now;
		state.round.sentBy = user.username();
		this.changes.publish(new RoundEvents.RoundSent(state.round.id, state.round.agencyId, state.round.regionId,
				RoundChanges.label(state.round)));
		if (step) {
			complete(state, now, user, null, "SENT", null);
		}
		else {
			this.changes.journal(state, "ROUND", "SENT", user, null, null, null);
			this.changes.finish(state, now);
		}
	}

	void acknowledge(RoundState state, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.ACKNOWLEDGE, state);
		Instant now = this.changes.now();
		state.round.acknowledgedAt = now;
		state.round.acknowledgedBy = user.username();
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
		state.round.status = RoundStatus.ARCHIVED;
		state.round.archiveReference = cleaned;
		state.round.archivedAt = now;
		if (step) {
			complete(state, now, user, cleaned, "ARCHIVED", Map.of("archiveReference", cleaned));
		}
		else {
			this.changes.journal(state, "ROUND", "ARCHIVED", user, null, Map.of("archiveReference", cleaned), null);
			this.changes.finish(state, now);
		}
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
			complete(state, now, user, cleaned, "STEP_COMPLETED", Map.of("note", cleaned));
		}
		else if (yes) {
			complete(state, now, user, step.decision().yes() + ": " + cleaned, "STEP_COMPLETED",
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

	/**
	 * Refuses the act as {@link RoundPolicy} decides; else the current step it acts in.
	 */
	private static Step act(RoundState state, RoundAction action, CurrentUser user) {
		RoundPolicy.require(user, action, state);
		return state.executor.step(SopExecutor.current(state.steps).number);
	}

	private void complete(RoundState state, Instant now, CurrentUser user, String note, String action,
			Map<String, Object> after) {
		StepRecord current = SopExecutor.current(state.steps);
		int number = current.number;
		state.executor.complete(state.steps, now, user.username(), note);
		this.changes.journal(state, "STEP:" + number, action, user, null, after, null);
		this.changes.finish(state, now);
	}

	/** Where a return or a reopening starts again: the first step that handles data. */
	private static int firstDataStep(RoundState state) {
		return state.executor.definition()
			.steps()
			.stream()
			.filter((s) -> s.binding() == Checkpoint.COLLECT || s.binding() == Checkpoint.VALIDATE
					|| s.binding() == Checkpoint.CALCULATE)
			.mapToInt(Step::number)
			.findFirst()
			.orElse(StepSigner.of(state).step().number());
	}

}
