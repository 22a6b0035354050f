package id.ukur.sop.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
		SopBindingOrder.check(steps, this.problems);
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

	private void required(String field, String value) {
		if (value == null || value.isBlank()) {
			this.problems.add(new FieldProblem(field, "validation.required"));
		}
	}

}
