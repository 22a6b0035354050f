package id.ukur.sop.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.ukur.shared.FieldProblem;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.Symbol;

/** Checks a whole SOP definition and lists every problem with where it is. */
final class SopValidator {

	/**
	 * Checkpoints that must come before others: a key may not come before any of its
	 * values.
	 */
	private static final Map<Checkpoint, List<Checkpoint>> AFTER = Map.of(Checkpoint.VALIDATE,
			List.of(Checkpoint.COLLECT), Checkpoint.CALCULATE, List.of(Checkpoint.COLLECT, Checkpoint.VALIDATE),
			Checkpoint.SIGN, List.of(Checkpoint.CALCULATE, Checkpoint.REVIEW, Checkpoint.SUBMIT_FOR_REVIEW),
			Checkpoint.SEND, List.of(Checkpoint.SIGN), Checkpoint.ARCHIVE, List.of(Checkpoint.SIGN), Checkpoint.REVIEW,
			List.of(Checkpoint.CALCULATE, Checkpoint.SUBMIT_FOR_REVIEW), Checkpoint.SUBMIT_FOR_REVIEW,
			List.of(Checkpoint.CALCULATE));

	private final List<FieldProblem> problems = new ArrayList<>();

	private SopValidator() {
	}

	static List<FieldProblem> check(SopDefinition definition) {
		SopValidator validator = new SopValidator();
		validator.identity(definition);
		Set<String> laneKeys = validator.lanes(definition);
		validator.steps(definition, laneKeys);
		return List.copyOf(validator.problems);
	}

	private void identity(SopDefinition definition) {
		if (definition.identity() == null) {
			this.problems.add(new FieldProblem("identity", "validation.required"));
			return;
		}
		required("identity.name", definition.identity().name());
		required("identity.agencyName", definition.identity().agencyName());
	}

	private Set<String> lanes(SopDefinition definition) {
		Set<String> keys = new HashSet<>();
		if (definition.lanes().isEmpty()) {
			this.problems.add(new FieldProblem("lanes", "sop.lanes.required"));
		}
		for (int i = 0; i < definition.lanes().size(); i++) {
			var lane = definition.lanes().get(i);
			String path = "lanes[" + i + "]";
			if (lane.key() == null || !lane.key().matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
				this.problems.add(new FieldProblem(path + ".key", "sop.lane.key"));
			}
			else if (!keys.add(lane.key())) {
				this.problems.add(new FieldProblem(path + ".key", "sop.lane.duplicate", lane.key()));
			}
			required(path + ".name", lane.name());
			if (lane.role() == null) {
				this.problems.add(new FieldProblem(path + ".role", "sop.lane.role"));
			}
		}
		return keys;
	}

	private void steps(SopDefinition definition, Set<String> laneKeys) {
		List<Step> steps = definition.steps();
		if (steps.isEmpty()) {
			this.problems.add(new FieldProblem("steps", "sop.steps.required"));
			return;
		}
		int starts = 0;
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			String path = "steps[" + i + "]";
			if (step.number() != i + 1) {
				this.problems.add(new FieldProblem(path + ".number", "sop.step.number", i + 1, step.number()));
			}
			required(path + ".activity", step.activity());
			if (step.lanes().isEmpty()) {
				this.problems.add(new FieldProblem(path + ".lanes", "sop.step.lanes", i + 1));
			}
			for (String lane : step.lanes()) {
				if (!laneKeys.contains(lane)) {
					this.problems.add(new FieldProblem(path + ".lanes", "sop.step.laneUnknown", i + 1, lane));
				}
			}
			if (step.symbol() == null) {
				this.problems.add(new FieldProblem(path + ".symbol", "validation.required"));
			}
			else if (step.symbol() == Symbol.START) {
				starts++;
				if (i != 0) {
					this.problems.add(new FieldProblem(path + ".symbol", "sop.start.first", i + 1));
				}
			}
			if (step.binding() == null) {
				this.problems.add(new FieldProblem(path + ".binding", "validation.required"));
			}
			if (step.time() == null) {
				this.problems.add(new FieldProblem(path + ".time", "sop.step.time", i + 1));
			}
			decision(step, path, steps.size());
		}
		if (starts != 1) {
			this.problems.add(new FieldProblem("steps", "sop.start.one", starts));
		}
		bindings(steps);
	}

	private void decision(Step step, String path, int count) {
		if (step.symbol() != Symbol.DECISION) {
			if (step.decision() != null) {
				this.problems.add(new FieldProblem(path + ".decision", "sop.decision.notDecision", step.number()));
			}
			return;
		}
		if (step.decision() == null) {
			this.problems.add(new FieldProblem(path + ".decision", "sop.decision.required", step.number()));
			return;
		}
		required(path + ".decision.question", step.decision().question());
		Integer target = step.decision().noTarget();
		boolean branch = step.decision().noBranch() != null;
		if ((target == null) == !branch) {
			this.problems.add(new FieldProblem(path + ".decision", "sop.decision.oneWay", step.number()));
		}
		if (target != null && (target < 1 || target >= step.number() || target > count)) {
			this.problems
				.add(new FieldProblem(path + ".decision.noTarget", "sop.decision.target", step.number(), target));
		}
	}

	private void bindings(List<Step> steps) {
		long orders = steps.stream().filter((step) -> step.binding() == Checkpoint.ORDER).count();
		long signs = steps.stream().filter((step) -> step.binding() == Checkpoint.SIGN).count();
		if (orders != 1) {
			this.problems.add(new FieldProblem("steps", "sop.order.one", orders));
		}
		if (signs != 1) {
			this.problems.add(new FieldProblem("steps", "sop.sign.one", signs));
		}
		int firstOrder = firstIndex(steps, Checkpoint.ORDER);
		for (int i = 0; i < steps.size(); i++) {
			Checkpoint binding = steps.get(i).binding();
			if (binding == null || binding == Checkpoint.MANUAL || binding == Checkpoint.ORDER) {
				continue;
			}
			if (firstOrder > i) {
				this.problems.add(new FieldProblem("steps[" + i + "].binding", "sop.order.first", i + 1));
			}
			for (Checkpoint earlier : AFTER.getOrDefault(binding, List.of())) {
				int index = lastIndex(steps, earlier);
				if (index > i) {
					this.problems.add(new FieldProblem("steps[" + i + "].binding", "sop.binding.order", i + 1,
							binding.name(), earlier.name(), index + 1));
				}
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

	private void required(String field, String value) {
		if (value == null || value.isBlank()) {
			this.problems.add(new FieldProblem(field, "validation.required"));
		}
	}

}
