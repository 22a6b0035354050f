package id.ukur.round;

import id.ukur.sop.Checkpoint;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The "no" of a review or of a decision step that sent the round back to where it stands
 * now (docs/rounds.md, "The inbox"): shown with the current step to the people who must
 * act on it, until the round passes that step again.
 *
 * @param stepNumber the step that said no
 * @param activity its activity
 * @param by who said no (a user name)
 * @param at when
 * @param reason the note written on it ("Tidak: …" where the SOP names its answer)
 */
public record RoundReturn(int stepNumber, String activity, String by, Instant at, String reason) {

	/**
	 * The return that holds the round: among the steps after the current one, a review or
	 * decision whose latest instance was completed and reopened at the moment a step
	 * before it started again (a "no" starts its target at the same instant; a "yes"
	 * starts a later step, a signer's reopening starts none at that instant).
	 * @param instances every instance of the round's steps
	 * @return the latest such return, or empty
	 */
	public static Optional<RoundReturn> holding(List<StepView> instances) {
		StepView current = instances.stream().filter((s) -> s.status() == StepStatus.CURRENT).findFirst().orElse(null);
		if (current == null || current.iteration() < 2) {
			return Optional.empty();
		}
		return instances.stream()
			.filter((s) -> s.number() > current.number() && (s.decision() || s.binding() == Checkpoint.REVIEW))
			.filter((s) -> s.status() == StepStatus.REOPENED && s.completedAt() != null && s.note() != null)
			.filter((s) -> latestCompleted(instances, s))
			.filter((s) -> instances.stream()
				.anyMatch((t) -> t.number() < s.number() && t.iteration() > 1
						&& Objects.equals(t.startedAt(), s.completedAt())))
			.max(Comparator.comparing(StepView::completedAt))
			.map((s) -> new RoundReturn(s.number(), s.activity(), s.completedBy(), s.completedAt(), s.note()));
	}

	private static boolean latestCompleted(List<StepView> instances, StepView step) {
		return instances.stream()
			.noneMatch((s) -> s.number() == step.number() && s.completedAt() != null
					&& s.completedAt().isAfter(step.completedAt()));
	}

}
