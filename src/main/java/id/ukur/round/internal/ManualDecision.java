package id.ukur.round.internal;

import id.ukur.shared.InvalidInputException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;
import java.util.Locale;

/**
 * A decision step bound to {@code MANUAL}: its lane chooses Ya or Tidak with a note;
 * Tidak goes back to the decision's target like a review's return (see
 * {@code docs/rounds.md}).
 */
final class ManualDecision {

	private ManualDecision() {
	}

	/**
	 * @return null for a step that is not a decision, else whether the lane chose "yes"
	 * @throws InvalidInputException when a decision step is completed without a choice,
	 * or a choice is given for a step that decides nothing
	 */
	static Boolean read(Step step, String decision) {
		String choice = (decision != null) ? decision.trim().toUpperCase(Locale.ROOT) : "";
		if (step.decision() == null) {
			if (!choice.isEmpty()) {
				throw new InvalidInputException("decision", "round.step.notDecision", step.number());
			}
			return null;
		}
		return switch (choice) {
			case "YES" -> true;
			case "NO" -> false;
			default -> throw new InvalidInputException("decision", "round.step.decisionRequired", step.decision().yes(),
					step.decision().no());
		};
	}

	/**
	 * What the steps from the target on had recorded starts again with them: the
	 * hand-over for review and the approval, when the round goes back before their steps.
	 */
	static void rewind(RoundState state, int target) {
		if (before(state, target, Checkpoint.SUBMIT_FOR_REVIEW)) {
			state.round.forgetHandOver();
		}
		if (before(state, target, Checkpoint.REVIEW)) {
			state.round.forgetApproval();
		}
	}

	private static boolean before(RoundState state, int target, Checkpoint checkpoint) {
		return state.executor.definition()
			.steps()
			.stream()
			.anyMatch((s) -> s.binding() == checkpoint && s.number() >= target);
	}

}
