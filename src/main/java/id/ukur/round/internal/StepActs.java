package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.shared.ForbiddenException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;

/** What the acts of a round's steps share. */
final class StepActs {

	private StepActs() {
	}

	/**
	 * Refuses an act out of SOP order or outside the user's lane; users of other agencies
	 * never act.
	 */
	static Step act(RoundState state, Checkpoint checkpoint, Integer number, CurrentUser user) {
		if (!ownAgency(state, user)) {
			throw new ForbiddenException("round.notYourAgency");
		}
		return state.executor.requireAct(state.steps, checkpoint, number, user);
	}

	static Step bound(RoundState state, Checkpoint checkpoint) {
		return state.executor.definition()
			.steps()
			.stream()
			.filter((s) -> s.binding() == checkpoint)
			.findFirst()
			.orElseThrow();
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

	static boolean ownAgency(RoundState state, CurrentUser user) {
		return user.agencyId() != null && user.agencyId() == state.round.agencyId;
	}

}
