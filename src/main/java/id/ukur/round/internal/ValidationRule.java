package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.EntryStatus;
import id.ukur.round.RoundAction;
import id.ukur.round.Rounds;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;
import java.util.Optional;
import java.util.Set;

/**
 * Who may validate which value, and when (docs/rounds.md, "Separation of duties"): the
 * validators are the team or the lanes of the SOP's validation step; nobody validates the
 * values of their own unit; a value is accepted or marked not reported only once the SOP
 * has reached its validation step (while values are still being collected, the team may
 * only return a submitted value for correction). Who may validate is decided by
 * {@link RoundPolicy}; this class knows where the SOP stands.
 */
final class ValidationRule {

	private ValidationRule() {
	}

	/**
	 * Which values "accept all except the marked ones" accepts (docs/rounds.md,
	 * "Validation"): a submitted value, not marked, not of the user's own unit (whose
	 * values someone else validates). Whether the user may accept at all is
	 * {@link RoundPolicy}'s.
	 */
	static boolean acceptedByAll(EntryStatus status, String unitCode, String indicatorCode, Set<String> except,
			String ownUnit) {
		return status == EntryStatus.SUBMITTED && !except.contains(indicatorCode) && !unitCode.equals(ownUnit);
	}

	/** What the user may do in the round's validation now, for the pages. */
	static Rounds.ValidationRights rights(RoundState state, CurrentUser user) {
		Optional<Step> from = from(state);
		return new Rounds.ValidationRights(RoundPolicy.decide(user, RoundAction.VALIDATE, state).allowed(),
				user.unitCode(), reached(state), from.map(Step::number).orElse(null),
				from.map(Step::activity).orElse(null));
	}

	/**
	 * Whether the SOP has reached the step from which values are settled: its
	 * {@code VALIDATE} step, else the step after its {@code COLLECT} step; an SOP with
	 * neither leaves collection to another SOP, and a submitted value may be settled at
	 * once.
	 */
	static boolean reached(RoundState state) {
		Optional<Step> from = from(state);
		if (from.isEmpty()) {
			return true;
		}
		StepRecord current = SopExecutor.current(state.steps);
		return current == null || current.number >= from.get().number();
	}

	static Optional<Step> from(RoundState state) {
		Optional<Step> validate = bound(state, Checkpoint.VALIDATE);
		if (validate.isPresent()) {
			return validate;
		}
		return bound(state, Checkpoint.COLLECT).flatMap((collect) -> state.executor.definition()
			.steps()
			.stream()
			.filter((s) -> s.number() > collect.number())
			.findFirst());
	}

	private static Optional<Step> bound(RoundState state, Checkpoint checkpoint) {
		return state.executor.definition().steps().stream().filter((s) -> s.binding() == checkpoint).findFirst();
	}

}
