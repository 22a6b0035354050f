package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.RoundAction;
import id.ukur.round.Commands;
import id.ukur.round.EntryStatus;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
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
 * The review's decision: an approval completes the review step; a return goes back to the
 * decision's target (or the first step that handles data) and returns the values of the
 * units named, with a reason.
 */
@Component
class Reviewing {

	private final Collection collection;

	private final RoundChanges changes;

	Reviewing(Collection collection, RoundChanges changes) {
		this.collection = collection;
		this.changes = changes;
	}

	void review(RoundState state, Commands.Review review, CurrentUser user) {
		Step step = StepActs.act(state, RoundAction.REVIEW, user);
		String decision = (review.decision() != null) ? review.decision().trim().toUpperCase(Locale.ROOT) : "";
		if (!decision.equals("APPROVE") && !decision.equals("RETURN")) {
			throw new InvalidInputException("decision", "round.review.decision");
		}
		Instant now = this.changes.now();
		if (decision.equals("APPROVE")) {
			Guards.readyForDecision(state);
			state.round.approve(now);
			this.changes.completeStep(state, now, user, step.decision() != null ? step.decision().yes() : null,
					"REVIEW_APPROVED", null);
			return;
		}
		String reason = Guards.reason(review.reason());
		Set<String> units = returnTargets(state, review.returnTo());
		int target = (step.decision() != null && step.decision().noTarget() != null) ? step.decision().noTarget()
				: StepActs.firstDataStep(state);
		state.executor.decline(state.steps, target, now, user.username(),
				((step.decision() != null) ? step.decision().no() + ": " : "") + reason);
		List<EntryRecord> values = state.entries.stream()
			.filter((e) -> units.contains(e.unitCode) && e.status != EntryStatus.NOT_REPORTED)
			.toList();
		this.collection.reopen(state, values, reason, now, user);
		state.round.returnFromReview();
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

}
