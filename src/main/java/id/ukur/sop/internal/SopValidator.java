package id.ukur.sop.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.ukur.organization.Role;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.Limits;
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
			// follow-up before the signature: a sealed round takes no more action plans
			Checkpoint.SIGN,
			List.of(Checkpoint.CALCULATE, Checkpoint.REVIEW, Checkpoint.SUBMIT_FOR_REVIEW, Checkpoint.FOLLOW_UP),
			Checkpoint.SEND, List.of(Checkpoint.SIGN), Checkpoint.ARCHIVE, List.of(Checkpoint.SIGN), Checkpoint.REVIEW,
			List.of(Checkpoint.CALCULATE, Checkpoint.SUBMIT_FOR_REVIEW), Checkpoint.SUBMIT_FOR_REVIEW,
			List.of(Checkpoint.CALCULATE));

	private final List<FieldProblem> problems = new ArrayList<>();

	private SopValidator() {
	}

	static List<FieldProblem> check(SopDefinition definition) {
		SopValidator validator = new SopValidator();
		if (validator.tooLarge(definition)) {
			// a definition this large is refused whole, before the rules of each step
			return List.copyOf(validator.problems);
		}
		validator.identity(definition);
		Set<String> laneKeys = validator.lanes(definition);
		validator.steps(definition, laneKeys);
		return List.copyOf(validator.problems);
	}

	private boolean tooLarge(SopDefinition definition) {
		if (definition.steps().size() > Limits.SOP_STEPS) {
			this.problems.add(new FieldProblem("steps", "sop.steps.tooMany", Limits.SOP_STEPS));
		}
		if (definition.lanes().size() > Limits.SOP_LANES) {
			this.problems.add(new FieldProblem("lanes", "sop.lanes.tooMany", Limits.SOP_LANES));
		}
		return !this.problems.isEmpty();
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
			actors(step, path, definition);
		}
		if (starts != 1) {
			this.problems.add(new FieldProblem("steps", "sop.start.one", starts));
		}
		bindings(steps);
		ends(steps);
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
		Checkpoint branch = step.decision().noBranch();
		if ((target == null) == (branch == null)) {
			this.problems.add(new FieldProblem(path + ".decision", "sop.decision.oneWay", step.number()));
		}
		if (target != null && (target < 1 || target >= step.number() || target > count)) {
			this.problems
				.add(new FieldProblem(path + ".decision.noTarget", "sop.decision.target", step.number(), target));
		}
		decisionWay(step, path);
	}

	/**
	 * Only the executor's ways of taking a "no" are allowed: a review returns and a
	 * manual decision goes back (both to an earlier step), a follow-up opens its branch.
	 * A decision bound to anything else would never take its "no".
	 */
	private void decisionWay(Step step, String path) {
		Checkpoint binding = step.binding();
		if (binding == null) {
			return;
		}
		Integer target = step.decision().noTarget();
		Checkpoint branch = step.decision().noBranch();
		switch (binding) {
			case REVIEW, MANUAL -> {
				if (branch != null) {
					this.problems.add(new FieldProblem(path + ".decision.noBranch", "sop.decision.branchNotHere",
							step.number(), binding.name()));
				}
			}
			case FOLLOW_UP -> {
				if (target != null) {
					this.problems.add(
							new FieldProblem(path + ".decision.noTarget", "sop.decision.targetNotHere", step.number()));
				}
				if (branch != null && branch != Checkpoint.FOLLOW_UP) {
					this.problems.add(new FieldProblem(path + ".decision.noBranch", "sop.decision.branch",
							step.number(), branch.name()));
				}
			}
			default -> this.problems
				.add(new FieldProblem(path + ".binding", "sop.decision.binding", step.number(), binding.name()));
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
		// a round exists only once ordered: nobody could do a step before the order
		if (firstOrder > 0) {
			this.problems.add(new FieldProblem("steps[" + firstOrder + "].binding", "sop.order.first", firstOrder + 1));
		}
		for (int i = 0; i < steps.size(); i++) {
			Checkpoint binding = steps.get(i).binding();
			if (binding == null || binding == Checkpoint.MANUAL || binding == Checkpoint.ORDER) {
				continue;
			}
			for (Checkpoint earlier : AFTER.getOrDefault(binding, List.of())) {
				int index = lastIndex(steps, earlier);
				if (index > i) {
					this.problems.add(new FieldProblem("steps[" + i + "].binding", "sop.binding.order", i + 1,
							binding.name(), earlier.name(), index + 1));
				}
			}
		}
		returns(steps, firstOrder, firstIndex(steps, Checkpoint.SIGN));
	}

	/**
	 * A "no" may not go back to the order (nobody orders a round twice) nor, after the
	 * signature, back across it (the sealed round would run its signature again).
	 */
	private void returns(List<Step> steps, int order, int sign) {
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			Integer target = (step.decision() != null) ? step.decision().noTarget() : null;
			if (target == null || target < 1 || target > i) {
				continue;
			}
			String field = "steps[" + i + "].decision.noTarget";
			if (order >= 0 && target <= order + 1) {
				this.problems.add(new FieldProblem(field, "sop.decision.targetOrder", i + 1, target));
			}
			else if (sign >= 0 && i > sign && target <= sign + 1) {
				this.problems.add(new FieldProblem(field, "sop.decision.targetSign", i + 1, target, sign + 1));
			}
		}
	}

	/** The END terminator closes the procedure: one at most, and nothing after it. */
	private void ends(List<Step> steps) {
		long ends = steps.stream().filter((step) -> step.symbol() == Symbol.END).count();
		if (ends > 1) {
			this.problems.add(new FieldProblem("steps", "sop.end.one", ends));
		}
		for (int i = 0; i < steps.size() - 1; i++) {
			if (steps.get(i).symbol() == Symbol.END) {
				this.problems.add(new FieldProblem("steps[" + i + "].symbol", "sop.end.last", i + 1));
			}
		}
	}

	/**
	 * An act is done by a user of the agency; region-wide roles (the planning agency, the
	 * auditor) never act in an agency's round, so an act needs at least one lane of the
	 * agency. Conditions complete by themselves and may sit in any lane (Probolinggo's
	 * BAPPEDA LITBANG lane shares its steps with the agency's planner).
	 */
	private void actors(Step step, String path, SopDefinition definition) {
		if (step.binding() == null || step.binding().condition() || step.lanes().isEmpty()) {
			return;
		}
		List<Role> roles = step.lanes()
			.stream()
			.map(definition::lane)
			.filter((lane) -> lane != null && lane.role() != null)
			.map(SopDefinition.Lane::role)
			.toList();
		if (roles.size() == step.lanes().size() && roles.stream().allMatch(Role::regionWide)) {
			this.problems.add(new FieldProblem(path + ".lanes", "sop.step.regionLanes", step.number()));
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
