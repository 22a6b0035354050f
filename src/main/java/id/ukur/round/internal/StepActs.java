package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.RoundAction;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;

/** What the acts of a round's steps share. */
final class StepActs {

	private StepActs() {
	}

	/**
	 * Refuses the act as {@link RoundPolicy} decides (docs/rounds.md, "Who may do what");
	 * else the current step it acts in.
	 */
	static Step act(RoundState state, RoundAction action, CurrentUser user) {
		RoundPolicy.require(user, action, state);
		return state.executor.step(SopExecutor.current(state.steps).number);
	}

	/** Where a return or a reopening starts again: the first step that handles data. */
	static int firstDataStep(RoundState state) {
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
