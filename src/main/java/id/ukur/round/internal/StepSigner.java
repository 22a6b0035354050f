package id.ukur.round.internal;

import id.ukur.organization.Role;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;

/** Who signs a round: the highest official among the lanes of the SOP's SIGN step. */
record StepSigner(Step step, Role role) {

	static StepSigner of(RoundState state) {
		Step step = state.executor.definition()
			.steps()
			.stream()
			.filter((s) -> s.binding() == Checkpoint.SIGN)
			.findFirst()
			.orElseThrow();
		Role role = state.executor.decider(step);
		return new StepSigner(step, (role != null) ? role : Role.HEAD);
	}

}
