package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.RoundAction;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the current step of a round waits for, and from whom (docs/rounds.md, "The
 * inbox"): the act bound to the step, decided by {@link RoundPolicy} exactly as the act
 * itself is decided, whether the step is an act or a condition. The acts of collection
 * and validation are asked of each form and value instead ({@link RoundInbox}).
 */
final class StepWork {

	/**
	 * The steps an SOP without a CALCULATE step may only pass with a current calculation.
	 */
	private static final Set<Checkpoint> NEED_CALCULATION = EnumSet.of(Checkpoint.SUBMIT_FOR_REVIEW, Checkpoint.REVIEW,
			Checkpoint.SIGN);

	private StepWork() {
	}

	/** The act that completes a step bound to the checkpoint, if one user's act does. */
	static Optional<RoundAction> act(Checkpoint checkpoint) {
		return Optional.ofNullable(switch (checkpoint) {
			case PREPARE_FORMS -> RoundAction.PREPARE_FORMS;
			case DISTRIBUTE_FORMS -> RoundAction.DISTRIBUTE_FORMS;
			case CALCULATE -> RoundAction.CALCULATE;
			case SUBMIT_FOR_REVIEW -> RoundAction.SUBMIT_FOR_REVIEW;
			case REVIEW -> RoundAction.REVIEW;
			case SIGN -> RoundAction.SIGN;
			case SEND -> RoundAction.SEND;
			case FOLLOW_UP -> RoundAction.FOLLOW_UP;
			case ARCHIVE -> RoundAction.ARCHIVE;
			case MANUAL -> RoundAction.COMPLETE_STEP;
			case ORDER, COLLECT, VALIDATE -> null;
		});
	}

	/**
	 * Whether the current step waits for this user: the policy allows the user its act. A
	 * calculation step waits for the values first (they are asked of units and
	 * validators), then for a calculator.
	 * @param settled whether every value of the round is accepted or marked not reported
	 */
	static boolean awaits(CurrentUser user, RoundState s, Step step, boolean settled) {
		Optional<RoundAction> action = act(step.binding());
		if (action.isEmpty() || (step.binding() == Checkpoint.CALCULATE && !settled)) {
			return false;
		}
		return RoundPolicy.decide(user, action.get(), s).allowed();
	}

	/**
	 * Whether the round waits for this user's calculation outside the SOP's steps: an SOP
	 * without a CALCULATE step (Purwakarta) needs the calculation current before the
	 * hand-over for review, the review and the signature.
	 */
	static boolean calculationAwaited(CurrentUser user, RoundState s, Step step, boolean settled) {
		return !s.executor.has(Checkpoint.CALCULATE) && NEED_CALCULATION.contains(step.binding()) && settled
				&& !s.round.calculationCurrent() && RoundPolicy.decide(user, RoundAction.CALCULATE, s).allowed();
	}

	/**
	 * Whether a sealed round whose every step is done waits for this user's act outside
	 * the SOP (sending or archiving where the SOP has no step for it).
	 */
	static boolean outsideSop(CurrentUser user, RoundState s, Checkpoint checkpoint, RoundAction action) {
		return !s.executor.has(checkpoint) && RoundPolicy.decide(user, action, s).allowed();
	}

}
