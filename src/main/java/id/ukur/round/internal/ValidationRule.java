package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.Rounds;
import id.ukur.shared.ConflictException;
import id.ukur.shared.ForbiddenException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;
import java.util.Optional;

/**
 * Who may validate which value, and when (docs/rounds.md, "Separation of duties"): the
 * validators are the team or the lanes of the SOP's validation step; nobody validates the
 * values of their own unit; a value is accepted or marked not reported only once the SOP
 * has reached its validation step (while values are still being collected, the team may
 * only return a submitted value for correction). The pages and the API ask this class;
 * the service refuses by it.
 */
final class ValidationRule {

	private ValidationRule() {
	}

	/** What the user may do in the round's validation now, for the pages. */
	static Rounds.ValidationRights rights(RoundState state, CurrentUser user) {
		Optional<Step> from = from(state);
		boolean open = state.round.open() && state.round.status != id.ukur.round.RoundStatus.CANCELLED;
		return new Rounds.ValidationRights(open && Collection.mayValidate(state, user), user.unitCode(), reached(state),
				from.map(Step::number).orElse(null), from.map(Step::activity).orElse(null));
	}

	/**
	 * Refuses a validation act on a value: a user who does not validate (403), a value of
	 * the user's own unit (403), and — when the act settles the value — a validation step
	 * not yet reached (409).
	 */
	static void require(RoundState state, EntryRecord entry, CurrentUser user, boolean settles) {
		if (!Collection.mayValidate(state, user)) {
			throw new ForbiddenException("round.entry.notValidator");
		}
		if (user.unitCode() != null && user.unitCode().equals(entry.unitCode)) {
			throw new ForbiddenException("round.entry.ownUnit", entry.unitCode);
		}
		if (settles && !reached(state)) {
			Step step = from(state).orElseThrow();
			throw new ConflictException("round.validation.notYet", step.number(), step.activity());
		}
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

	private static Optional<Step> from(RoundState state) {
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
