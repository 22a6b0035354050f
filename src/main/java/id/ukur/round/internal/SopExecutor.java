package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.round.StepStatus;
import id.ukur.shared.ConflictException;
import id.ukur.shared.ForbiddenException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs one SOP definition over a round's step instances ({@code sop.md} §2): the current
 * step is the first not done; condition steps complete as soon as they are current and
 * hold; acts need the current step and a user of its lane; a "no" on a decision opens the
 * steps from its target again as new instances. No database and no clock of its own: the
 * caller loads the instances, calls these methods and stores what changed.
 */
final class SopExecutor {

	/** Highest official first: who decides when a step has several lanes. */
	private static final List<Role> RANK = List.of(Role.HEAD, Role.SECRETARY, Role.PLANNER, Role.TEAM, Role.UNIT_HEAD,
			Role.UNIT_STAFF, Role.PLANNING_AGENCY);

	static final String SYSTEM = "sistem";

	private final SopDefinition sop;

	SopExecutor(SopDefinition sop) {
		this.sop = sop;
	}

	SopDefinition definition() {
		return this.sop;
	}

	boolean has(Checkpoint checkpoint) {
		return this.sop.steps().stream().anyMatch((step) -> step.binding() == checkpoint);
	}

	Step step(int number) {
		return this.sop.step(number);
	}

	/** The instances of the first pass, the ORDER step done by whoever ordered. */
	List<StepRecord> start(long roundId, Instant now, String orderedBy) {
		List<StepRecord> steps = new ArrayList<>();
		for (Step step : this.sop.steps()) {
			steps.add(StepRecord.instance(roundId, 1, step.number(), steps.isEmpty() ? now : null));
		}
		return steps;
	}

	/** The latest instance of every step, in step order. */
	static List<StepRecord> latest(List<StepRecord> all) {
		Map<Integer, StepRecord> latest = new LinkedHashMap<>();
		all.stream()
			.sorted(Comparator.comparingInt((StepRecord s) -> s.number).thenComparingInt((s) -> s.iteration))
			.forEach((s) -> latest.put(s.number, s));
		return new ArrayList<>(latest.values());
	}

	static StepRecord current(List<StepRecord> all) {
		return all.stream().filter((s) -> s.status == StepStatus.CURRENT).findFirst().orElse(null);
	}

	/**
	 * Completes the current step and makes the next one current.
	 * @return the instance that became current, or null at the end
	 */
	StepRecord complete(List<StepRecord> all, Instant now, String by, String note) {
		StepRecord current = current(all);
		current.complete(now, by, note);
		for (StepRecord next : latest(all)) {
			if (next.number > current.number && next.status == StepStatus.WAITING) {
				next.start(now);
				return next;
			}
		}
		return null;
	}

	/**
	 * Completes condition steps while they hold.
	 * @return the instances that became current, in order
	 */
	List<StepRecord> advance(List<StepRecord> all, Predicate<Checkpoint> holds, Instant now) {
		return advance(all, holds, now, (step) -> null);
	}

	/**
	 * Completes condition steps while they hold, each with the note the caller gives it
	 * (a decision's outcome).
	 * @return the instances that became current, in order
	 */
	List<StepRecord> advance(List<StepRecord> all, Predicate<Checkpoint> holds, Instant now,
			java.util.function.Function<Step, String> note) {
		List<StepRecord> became = new ArrayList<>();
		StepRecord current = current(all);
		while (current != null) {
			Step step = this.sop.step(current.number);
			if (!step.binding().condition() || !holds.test(step.binding())) {
				break;
			}
			current = complete(all, now, SYSTEM, note.apply(step));
			if (current != null) {
				became.add(current);
			}
		}
		return became;
	}

	/**
	 * Takes a decision's "no": the current step is done with its note and the round goes
	 * back to the target.
	 * @return the new instances (to insert); the target's is current
	 */
	List<StepRecord> decline(List<StepRecord> all, int target, Instant now, String by, String note) {
		current(all).complete(now, by, note);
		return returnTo(all, target, now);
	}

	/**
	 * Moves the round back to a step after a "no": the instances from there on that ran
	 * are kept as {@code REOPENED} and new ones open.
	 * @return the new instances (to insert); the target's is current
	 */
	List<StepRecord> returnTo(List<StepRecord> all, int target, Instant now) {
		List<StepRecord> opened = new ArrayList<>();
		for (StepRecord step : latest(all)) {
			if (step.number < target) {
				continue;
			}
			if (step.status == StepStatus.WAITING) {
				if (step.number == target) {
					step.start(now);
				}
				continue;
			}
			step.reopen();
			opened.add(StepRecord.instance(step.roundId, step.iteration + 1, step.number,
					(step.number == target) ? now : null));
		}
		all.addAll(opened);
		return opened;
	}

	/**
	 * Refuses an act unless the step bound to it is current and the user acts in its
	 * lane.
	 * @return the current step's definition
	 */
	Step requireAct(List<StepRecord> all, Checkpoint checkpoint, Integer number, CurrentUser user) {
		if (!has(checkpoint)) {
			throw new ConflictException("round.step.notInSop", checkpoint.name());
		}
		StepRecord current = current(all);
		if (current == null) {
			throw new ConflictException("round.step.allDone");
		}
		Step step = this.sop.step(current.number);
		boolean matches = step.binding() == checkpoint && (number == null || number == current.number);
		if (!matches) {
			throw new ConflictException("round.step.notCurrent", step.number(), step.activity(), laneNames(step));
		}
		if (!mayAct(step, user)) {
			throw refusal(step);
		}
		return step;
	}

	/**
	 * The refusal of a user who may not act in a step, naming the rule that decided: a
	 * review or signature on several lanes is decided by the highest official of them
	 * alone, any other step by a user of one of its lanes.
	 */
	ForbiddenException refusal(Step step) {
		boolean decided = step.binding() == Checkpoint.SIGN || step.binding() == Checkpoint.REVIEW;
		if (decided && step.lanes().size() > 1) {
			Role decider = decider(step);
			String deciderLane = step.lanes()
				.stream()
				.map(this.sop::lane)
				.filter((lane) -> lane != null && lane.role() == decider)
				.map((lane) -> lane.name())
				.findFirst()
				.orElse(laneNames(step));
			return new ForbiddenException("round.step.deciderOnly", step.number(), deciderLane, laneNames(step));
		}
		return new ForbiddenException("round.step.notYourLane", step.number(), laneNames(step));
	}

	/**
	 * Whether a user acts in a step: a user of one of its lanes; where a review or
	 * signature falls on several lanes, the highest official of them; the planner may
	 * order on the head's behalf.
	 */
	boolean mayAct(Step step, CurrentUser user) {
		List<Role> roles = roles(step);
		if (step.binding() == Checkpoint.SIGN || step.binding() == Checkpoint.REVIEW) {
			Role decider = decider(step);
			return decider != null && user.has(decider);
		}
		if (step.binding() == Checkpoint.ORDER && roles.contains(Role.HEAD) && user.has(Role.PLANNER)) {
			return true;
		}
		return roles.stream().anyMatch(user::has);
	}

	List<Role> roles(Step step) {
		return step.lanes().stream().map(this.sop::lane).filter((lane) -> lane != null).map((l) -> l.role()).toList();
	}

	Role decider(Step step) {
		List<Role> roles = roles(step);
		return RANK.stream().filter(roles::contains).findFirst().orElse(null);
	}

	String laneNames(Step step) {
		return String.join(", ",
				step.lanes().stream().map(this.sop::lane).filter((l) -> l != null).map((l) -> l.name()).toList());
	}

}
