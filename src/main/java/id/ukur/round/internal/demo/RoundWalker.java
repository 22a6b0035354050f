package id.ukur.round.internal.demo;

import id.ukur.organization.CurrentUser;
import id.ukur.round.Commands;
import id.ukur.round.FormStatus;
import id.ukur.round.Periods;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundStatus;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import id.ukur.round.StepView;
import id.ukur.round.internal.demo.RoundScript.Goal;
import id.ukur.sop.Checkpoint;
import java.util.function.Function;

/**
 * Drives one round of the demo history through any SOP as written, step by step: it looks
 * at the current step's checkpoint and has a user of the step's lanes (whom the rounds'
 * own rule allows) do what the checkpoint asks, on the story's clock. After the seal: the
 * steps that remain, the sending, the planning agency's acknowledgement and the archive,
 * as far as the script goes.
 */
final class RoundWalker {

	/** More acts than any seed SOP needs: a step that does not move is a fault. */
	private static final int MOST_ACTS = 100;

	private final Rounds rounds;

	private final Actors actors;

	private final RoundScript script;

	private final Timeline time;

	private final StepTimes steps;

	private final UnitWork units;

	private final Validation validation;

	private final FollowUps followUps;

	private long id;

	RoundWalker(Rounds rounds, Actors actors, RoundScript script, Timeline time) {
		this.rounds = rounds;
		this.actors = actors;
		this.script = script;
		this.time = time;
		DemoValues values = new DemoValues(script.seed());
		this.steps = new StepTimes(values);
		this.units = new UnitWork(rounds, actors.cast(), time, values, script);
		this.validation = new Validation(rounds, actors, time, values, this.units);
		this.followUps = new FollowUps(rounds, actors, time, values);
	}

	/**
	 * Orders the round and drives it to the script's goal.
	 * @return the round's id
	 */
	long run() {
		CurrentUser orderer = orderer();
		this.id = this.time.act(() -> this.rounds.order(this.script.agencyCode(), order(), orderer)).id();
		for (int acts = 0; acts < MOST_ACTS; acts++) {
			if (!next(round())) {
				return this.id;
			}
		}
		throw new IllegalStateException("The demo round " + this.id + " does not move on");
	}

	private CurrentUser orderer() {
		return this.actors.cast()
			.members()
			.stream()
			.filter((u) -> this.rounds.canOrder(this.script.agencyCode(), u))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo user orders for " + this.script.agencyCode()));
	}

	private Commands.Order order() {
		String period = this.script.period().name();
		int number = 100 + (int) Math.floorMod(this.script.seed(), 800);
		return new Commands.Order(this.script.year(), period, this.script.deadline(),
				"800/" + number + "/" + period + "/" + this.script.year(), "Pelaksanaan pengukuran kinerja "
						+ Periods.label(this.script.period()) + " tahun " + this.script.year(),
				null, null, null);
	}

	private RoundView round() {
		return this.rounds.round(this.id, this.actors.cast().reader());
	}

	/**
	 * @return whether the round moved and goes on
	 */
	private boolean next(RoundView round) {
		StepView step = round.currentStep();
		if (round.sealed()) {
			return closing(round, step);
		}
		if (step == null) {
			throw new IllegalStateException("The demo round " + this.id + " is open without a step");
		}
		return switch (step.binding()) {
			case MANUAL -> manual(step);
			case PREPARE_FORMS -> act(step, RoundAction.PREPARE_FORMS, (u) -> this.rounds.prepareForms(this.id, u));
			case DISTRIBUTE_FORMS ->
				act(step, RoundAction.DISTRIBUTE_FORMS, (u) -> this.rounds.distributeForms(this.id, u));
			case COLLECT -> collect(round);
			case VALIDATE -> validate(round, step);
			case CALCULATE -> calculate(round, step);
			case SUBMIT_FOR_REVIEW ->
				act(step, RoundAction.SUBMIT_FOR_REVIEW, (u) -> this.rounds.submitForReview(this.id, u));
			case REVIEW -> review(round, step);
			case FOLLOW_UP -> followUp(round, step);
			case SIGN -> sign(round, step);
			case SEND, ARCHIVE, ORDER -> throw new IllegalStateException(
					"The demo round " + this.id + " is open at step " + step.number() + " " + step.binding());
		};
	}

	private boolean manual(StepView step) {
		this.time.work(this.steps.minutes(step));
		CurrentUser user = this.actors.who(this.id, step, RoundAction.COMPLETE_STEP);
		String note = (step.output() != null && !step.output().isBlank()) ? step.output() : step.activity();
		String decision = step.decision() ? "YES" : null;
		this.time.act(() -> this.rounds.completeStep(this.id, step.number(), note, decision, user));
		return true;
	}

	private boolean act(StepView step, RoundAction action, Function<CurrentUser, ?> work) {
		this.time.work(this.steps.minutes(step));
		CurrentUser user = this.actors.who(this.id, step, action);
		this.time.act(() -> work.apply(user));
		return true;
	}

	private boolean collect(RoundView round) {
		this.units.collect(round);
		return true;
	}

	private boolean validate(RoundView round, StepView step) {
		if (!allSubmitted(round)) {
			return collect(round);
		}
		if (this.script.goal() == Goal.VALIDATING) {
			this.validation.settlePartly(this.id, step);
			return false;
		}
		this.validation.settle(this.id, step, this.script.corrected());
		return true;
	}

	private boolean calculate(RoundView round, StepView step) {
		if (!allSubmitted(round)) {
			return collect(round);
		}
		if (!allSettled(round)) {
			return validate(round, step);
		}
		return act(step, RoundAction.CALCULATE, (u) -> this.rounds.calculate(this.id, u));
	}

	private boolean review(RoundView round, StepView step) {
		if (!round.calculationCurrent()) {
			return act(step, RoundAction.CALCULATE, (u) -> this.rounds.calculate(this.id, u));
		}
		return act(step, RoundAction.REVIEW,
				(u) -> this.rounds.review(this.id, new Commands.Review("APPROVE", null, null), u));
	}

	private boolean followUp(RoundView round, StepView step) {
		this.time.work(this.steps.minutes(step) / 2);
		this.followUps.plan(round, step);
		return true;
	}

	private boolean sign(RoundView round, StepView step) {
		this.followUps.plan(round, step);
		return act(step, RoundAction.SIGN, (u) -> this.rounds.sign(this.id, u));
	}

	private boolean closing(RoundView round, StepView step) {
		if (step != null && step.binding() == Checkpoint.MANUAL) {
			return manual(step);
		}
		if (round.sentAt() == null) {
			return act(step, RoundAction.SEND, (u) -> this.rounds.send(this.id, u));
		}
		if (this.script.goal() == Goal.SENT) {
			return false;
		}
		if (round.acknowledgedAt() == null) {
			this.time.laterDays(2 + (int) Math.floorMod(this.script.seed(), 4), 90);
			return act(step, RoundAction.ACKNOWLEDGE, (u) -> this.rounds.acknowledge(this.id, u));
		}
		if (this.script.goal() == Goal.ACKNOWLEDGED || round.status() == RoundStatus.ARCHIVED) {
			return false;
		}
		this.time.laterDays(1, 60);
		String reference = "Lemari arsip Subbagian Program, map pengukuran kinerja " + round.periodLabel();
		return act(step, RoundAction.ARCHIVE, (u) -> this.rounds.archive(this.id, reference, u));
	}

	private static boolean allSubmitted(RoundView round) {
		return round.forms().stream().allMatch((f) -> f.status() == FormStatus.SUBMITTED);
	}

	private static boolean allSettled(RoundView round) {
		return round.forms().stream().allMatch((f) -> f.settled() == f.entries());
	}

}
