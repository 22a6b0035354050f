package id.ukur.sop.internal;

import java.util.List;
import java.util.Map;

import id.ukur.shared.FieldProblem;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;

/**
 * Where the checkpoints bound to steps may stand in a procedure: one order first, one
 * signature, each checkpoint after those it needs, and no "no" going back across the
 * order or the signature. Part of {@link SopValidator}.
 */
final class SopBindingOrder {

	/**
	 * Checkpoints that must come before others: a key may not come before any of its
	 * values.
	 */
	private static final Map<Checkpoint, List<Checkpoint>> AFTER = Map.of(Checkpoint.VALIDATE,
			List.of(Checkpoint.COLLECT), Checkpoint.CALCULATE, List.of(Checkpoint.COLLECT, Checkpoint.VALIDATE),
			// follow-up before the signature: a sealed round takes no more action plans
			Checkpoint.SIGN,
			List.of(Checkpoint.CALCULATE, Checkpoint.REVIEW, Checkpoint.SUBMIT_FOR_REVIEW, Checkpoint.FOLLOW_UP),
			Checkpoint.SEND, List.of(Checkpoint.SIGN), Checkpoint.ARCHIVE, List.of(Checkpoint.SIGN), Checkpoint.REVIEW,
			List.of(Checkpoint.CALCULATE, Checkpoint.SUBMIT_FOR_REVIEW), Checkpoint.SUBMIT_FOR_REVIEW,
			List.of(Checkpoint.CALCULATE));

	private SopBindingOrder() {
	}

	static void check(List<Step> steps, List<FieldProblem> problems) {
		long orders = steps.stream().filter((step) -> step.binding() == Checkpoint.ORDER).count();
		long signs = steps.stream().filter((step) -> step.binding() == Checkpoint.SIGN).count();
		if (orders != 1) {
			problems.add(new FieldProblem("steps", "sop.order.one", orders));
		}
		if (signs != 1) {
			problems.add(new FieldProblem("steps", "sop.sign.one", signs));
		}
		int firstOrder = firstIndex(steps, Checkpoint.ORDER);
		// a round exists only once ordered: nobody could do a step before the order
		if (firstOrder > 0) {
			problems.add(new FieldProblem("steps[" + firstOrder + "].binding", "sop.order.first", firstOrder + 1));
		}
		for (int i = 0; i < steps.size(); i++) {
			Checkpoint binding = steps.get(i).binding();
			if (binding == null || binding == Checkpoint.MANUAL || binding == Checkpoint.ORDER) {
				continue;
			}
			for (Checkpoint earlier : AFTER.getOrDefault(binding, List.of())) {
				int index = lastIndex(steps, earlier);
				if (index > i) {
					problems.add(new FieldProblem("steps[" + i + "].binding", "sop.binding.order", i + 1,
							binding.name(), earlier.name(), index + 1));
				}
			}
		}
		returns(steps, firstOrder, firstIndex(steps, Checkpoint.SIGN), problems);
	}

	/**
	 * A "no" may not go back to the order (nobody orders a round twice) nor, after the
	 * signature, back across it (the sealed round would run its signature again).
	 */
	private static void returns(List<Step> steps, int order, int sign, List<FieldProblem> problems) {
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			Integer target = (step.decision() != null) ? step.decision().noTarget() : null;
			if (target == null || target < 1 || target > i) {
				continue;
			}
			String field = "steps[" + i + "].decision.noTarget";
			if (order >= 0 && target <= order + 1) {
				problems.add(new FieldProblem(field, "sop.decision.targetOrder", i + 1, target));
			}
			else if (sign >= 0 && i > sign && target <= sign + 1) {
				problems.add(new FieldProblem(field, "sop.decision.targetSign", i + 1, target, sign + 1));
			}
		}
	}

	private static int firstIndex(List<Step> steps, Checkpoint checkpoint) {
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).binding() == checkpoint) {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndex(List<Step> steps, Checkpoint checkpoint) {
		for (int i = steps.size() - 1; i >= 0; i--) {
			if (steps.get(i).binding() == checkpoint) {
				return i;
			}
		}
		return -1;
	}

}
