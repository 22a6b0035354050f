package id.ukur.round.internal;

import static id.ukur.round.internal.RoundConditions.*;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.round.RoundAction;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Step;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who may do what with a round, and when: the one place that decides (docs/rounds.md,
 * "Who may do what"). Each action is a chain of checks in the order the acts have always
 * made them, so that the same refusal key comes out: the state ("when", the named
 * predicates of {@link RoundConditions}) and the user ("who", below; who acts in an SOP
 * step is the {@link SopExecutor}'s rule). The services {@code require} a decision before
 * they change anything; the views carry what is {@code allowed} to their reader.
 */
final class RoundPolicy {

	/** The actions decided on a round as a whole. */
	private static final List<RoundAction> ROUND_ACTIONS = List.of(RoundAction.OWN_AGENCY, RoundAction.PREPARE_FORMS,
			RoundAction.DISTRIBUTE_FORMS, RoundAction.VALIDATE, RoundAction.SETTLE, RoundAction.CALCULATE,
			RoundAction.SUBMIT_FOR_REVIEW, RoundAction.REVIEW, RoundAction.SIGN, RoundAction.REOPEN, RoundAction.SEND,
			RoundAction.ACKNOWLEDGE, RoundAction.ARCHIVE, RoundAction.CANCEL, RoundAction.COMPLETE_STEP,
			RoundAction.ACT_ON_STEP, RoundAction.FOLLOW_UP);

	private static final List<RoundAction> FORM_ACTIONS = List.of(RoundAction.UNIT_MEMBER, RoundAction.FILL,
			RoundAction.SUBMIT);

	private static final List<RoundAction> ENTRY_ACTIONS = List.of(RoundAction.FILL, RoundAction.RETURN_VALUE,
			RoundAction.SETTLE);

	private RoundPolicy() {
	}

	// --- decisions on a round, a form, a value, a step

	static Decision decide(CurrentUser user, RoundAction action, RoundState s) {
		return switch (action) {
			case OWN_AGENCY ->
				ownAgency(user, s.round.agencyId) ? Decision.ALLOWED : Decision.forbidden("round.notYourAgency");
			case PREPARE_FORMS -> first(() -> open(s), () -> inSop(s, Checkpoint.PREPARE_FORMS),
					() -> preparer(user, s), () -> notPrepared(s));
			case DISTRIBUTE_FORMS ->
				first(() -> open(s), () -> stepAct(user, s, Checkpoint.DISTRIBUTE_FORMS, null), () -> prepared(s));
			case SUBMIT_FOR_REVIEW -> first(() -> open(s), () -> stepAct(user, s, Checkpoint.SUBMIT_FOR_REVIEW, null));
			case REVIEW -> first(() -> open(s), () -> stepAct(user, s, Checkpoint.REVIEW, null));
			case SIGN -> first(() -> open(s), () -> stepAct(user, s, Checkpoint.SIGN, null));
			case REOPEN -> first(() -> notCancelled(s), () -> signer(user, s), () -> notArchived(s, "round.archived"),
					() -> sealedNow(s));
			case CANCEL -> first(() -> head(user, s), () -> notCancelled(s), () -> unsigned(s));
			case SEND -> first(() -> sealed(s), () -> notSent(s),
					() -> s.executor.has(Checkpoint.SEND) ? stepAct(user, s, Checkpoint.SEND, null) : officer(user, s));
			case ACKNOWLEDGE -> first(() -> acknowledger(user, s.round), () -> sent(s), () -> notAcknowledged(s));
			case ARCHIVE -> first(() -> notArchived(s, "round.alreadyArchived"), () -> sealed(s),
					() -> s.executor.has(Checkpoint.ARCHIVE) ? stepAct(user, s, Checkpoint.ARCHIVE, null)
							: first(() -> noStepOpen(s), () -> officer(user, s)));
			case COMPLETE_STEP -> {
				StepRecord current = SopExecutor.current(s.steps);
				yield (current != null) ? decideStep(user, s, current.number)
						: first(() -> notArchived(s, "round.archived"), () -> notCancelled(s),
								() -> Decision.conflict("round.step.allDone"));
			}
			case ACT_ON_STEP -> actsOnStep(user, s);
			case VALIDATE -> first(() -> open(s), () -> validator(user, s));
			case SETTLE -> first(() -> open(s), () -> validator(user, s), () -> validationReached(s));
			case CALCULATE -> first(() -> open(s), () -> calculator(user, s));
			case FOLLOW_UP -> first(() -> open(s), () -> author(user, s));
			default -> throw new IllegalArgumentException(action + " is not decided on a round as a whole");
		};
	}

	static Decision decide(CurrentUser user, RoundAction action, RoundState s, FormRecord form) {
		return switch (action) {
			case UNIT_MEMBER -> unitUser(user, s, form.unitCode, false);
			case FILL -> first(() -> open(s), () -> unitUser(user, s, form.unitCode, false), () -> distributed(s),
					() -> formOpen(form));
			case SUBMIT -> first(() -> open(s), () -> unitUser(user, s, form.unitCode, true), () -> distributed(s),
					() -> notSubmitted(form));
			default -> throw new IllegalArgumentException(action + " is not decided on a form");
		};
	}

	static Decision decide(CurrentUser user, RoundAction action, RoundState s, EntryRecord entry) {
		return switch (action) {
			case FILL -> first(() -> open(s), () -> unitUser(user, s, entry.unitCode, false), () -> distributed(s),
					() -> editable(entry));
			case RETURN_VALUE -> first(() -> open(s), () -> validator(user, s), () -> notOwnUnit(user, entry));
			case SETTLE -> first(() -> open(s), () -> validator(user, s), () -> notOwnUnit(user, entry),
					() -> validationReached(s));
			default -> throw new IllegalArgumentException(action + " is not decided on a value");
		};
	}

	/** Completing a {@code MANUAL} step by its number. */
	static Decision decideStep(CurrentUser user, RoundState s, int number) {
		return first(() -> notArchived(s, "round.archived"), () -> notCancelled(s), () -> manual(s, number),
				() -> stepAct(user, s, Checkpoint.MANUAL, number));
	}

	/** Ordering a round for an agency: its active SOP's first step decides. */
	static Decision order(CurrentUser user, AgencyView agency, SopDefinition sop) {
		if (sop == null) {
			return Decision.conflict("round.noSop", agency.name());
		}
		Step first = sop.steps().get(0);
		SopExecutor executor = new SopExecutor(sop);
		return (ownAgency(user, agency.id()) && executor.mayAct(first, user)) ? Decision.ALLOWED
				: Decision.forbidden("round.order.notYourLane", executor.laneNames(first));
	}

	/**
	 * Reading the rounds received in the region and exporting them: region-wide users.
	 */
	static Decision region(CurrentUser user) {
		return (user != null && user.regionWide()) ? Decision.ALLOWED : Decision.forbidden("round.region.notAllowed");
	}

	static void require(CurrentUser user, RoundAction action, RoundState s) {
		decide(user, action, s).orThrow();
	}

	static void require(CurrentUser user, RoundAction action, RoundState s, FormRecord form) {
		decide(user, action, s, form).orThrow();
	}

	static void require(CurrentUser user, RoundAction action, RoundState s, EntryRecord entry) {
		decide(user, action, s, entry).orThrow();
	}

	static Set<RoundAction> allowed(CurrentUser user, RoundState s) {
		return collect(user, ROUND_ACTIONS, (action) -> decide(user, action, s));
	}

	static Set<RoundAction> allowed(CurrentUser user, RoundState s, FormRecord form) {
		return collect(user, FORM_ACTIONS, (action) -> decide(user, action, s, form));
	}

	static Set<RoundAction> allowed(CurrentUser user, RoundState s, EntryRecord entry) {
		return collect(user, ENTRY_ACTIONS, (action) -> decide(user, action, s, entry));
	}

	/** Who hears of late steps held by others: the planner (inbox). */
	static boolean watchesSteps(CurrentUser user) {
		return user.has(Role.PLANNER);
	}

	// --- who

	/** Agency isolation for acts: users of other agencies never act on a round. */
	static boolean ownAgency(CurrentUser user, long agencyId) {
		return user != null && user.worksFor(agencyId);
	}

	private static Decision stepAct(CurrentUser user, RoundState s, Checkpoint checkpoint, Integer number) {
		if (!ownAgency(user, s.round.agencyId)) {
			return Decision.forbidden("round.notYourAgency");
		}
		return Decision.of(() -> s.executor.requireAct(s.steps, checkpoint, number, user));
	}

	private static Decision actsOnStep(CurrentUser user, RoundState s) {
		StepRecord current = SopExecutor.current(s.steps);
		if (current == null) {
			return Decision.conflict("round.step.allDone");
		}
		Step step = s.executor.step(current.number);
		return (ownAgency(user, s.round.agencyId) && s.executor.mayAct(step, user)) ? Decision.ALLOWED
				: Decision.of(s.executor.refusal(step));
	}

	/** The lanes of the PREPARE_FORMS step, and the planner. */
	private static Decision preparer(CurrentUser user, RoundState s) {
		Step step = bound(s, Checkpoint.PREPARE_FORMS);
		boolean may = s.executor.mayAct(step, user) || user.has(Role.PLANNER);
		return (ownAgency(user, s.round.agencyId) && may) ? Decision.ALLOWED : Decision.of(s.executor.refusal(step));
	}

	/** The signer's role (the highest official of the SIGN step's lanes). */
	private static Decision signer(CurrentUser user, RoundState s) {
		StepSigner signer = StepSigner.of(s);
		return (ownAgency(user, s.round.agencyId) && user.has(signer.role())) ? Decision.ALLOWED
				: Decision.forbidden("round.reopen.notAllowed", s.executor.laneNames(signer.step()));
	}

	private static Decision head(CurrentUser user, RoundState s) {
		return (ownAgency(user, s.round.agencyId) && user.has(Role.HEAD)) ? Decision.ALLOWED
				: Decision.forbidden("round.cancel.notAllowed");
	}

	/**
	 * Acts outside the SOP (sending, archiving): the planner, the secretary, the head.
	 */
	private static Decision officer(CurrentUser user, RoundState s) {
		return (ownAgency(user, s.round.agencyId) && user.hasAny(Role.PLANNER, Role.SECRETARY, Role.HEAD))
				? Decision.ALLOWED : Decision.forbidden("round.officerOnly");
	}

	/** The planning agency of the round's region. */
	static Decision acknowledger(CurrentUser user, RoundRecord round) {
		return (user.has(Role.PLANNING_AGENCY) && user.regionId() == round.regionId) ? Decision.ALLOWED
				: Decision.forbidden("round.acknowledge.notAllowed");
	}

	/** Values are entered by the users of their unit; the unit head submits. */
	private static Decision unitUser(CurrentUser user, RoundState s, String unitCode, boolean headOnly) {
		boolean ownUnit = ownAgency(user, s.round.agencyId) && unitCode.equals(user.unitCode());
		boolean role = headOnly ? user.has(Role.UNIT_HEAD) : user.hasAny(Role.UNIT_HEAD, Role.UNIT_STAFF);
		return (ownUnit && role) ? Decision.ALLOWED
				: Decision.forbidden(headOnly ? "round.form.notYourUnit" : "round.entry.notYourUnit", unitCode);
	}

	/**
	 * The team validates; where the SOP gives validation to other lanes (a planner),
	 * their users validate too, never of their own unit (docs/rounds.md, "Separation of
	 * duties").
	 */
	private static Decision validator(CurrentUser user, RoundState s) {
		boolean may = ownAgency(user, s.round.agencyId)
				&& (user.has(Role.TEAM) || inLaneOf(user, s, Checkpoint.VALIDATE));
		return may ? Decision.ALLOWED : Decision.forbidden("round.entry.notValidator");
	}

	private static Decision notOwnUnit(CurrentUser user, EntryRecord entry) {
		return (user.unitCode() != null && user.unitCode().equals(entry.unitCode))
				? Decision.forbidden("round.entry.ownUnit", entry.unitCode) : Decision.ALLOWED;
	}

	private static Decision calculator(CurrentUser user, RoundState s) {
		boolean may = ownAgency(user, s.round.agencyId)
				&& (user.hasAny(Role.PLANNER, Role.TEAM) || inLaneOf(user, s, Checkpoint.CALCULATE));
		return may ? Decision.ALLOWED : Decision.forbidden("round.calculate.notAllowed");
	}

	/**
	 * Follow-up action plans: the agency's officials and the team, or the FOLLOW_UP
	 * lanes.
	 */
	private static Decision author(CurrentUser user, RoundState s) {
		boolean may = ownAgency(user, s.round.agencyId)
				&& (user.hasAny(Role.PLANNER, Role.TEAM, Role.HEAD, Role.SECRETARY)
						|| inLaneOf(user, s, Checkpoint.FOLLOW_UP));
		return may ? Decision.ALLOWED : Decision.forbidden("round.actionPlan.notAllowed");
	}

	private static boolean inLaneOf(CurrentUser user, RoundState s, Checkpoint checkpoint) {
		return s.executor.definition()
			.steps()
			.stream()
			.filter((step) -> step.binding() == checkpoint)
			.anyMatch((step) -> s.executor.roles(step).stream().anyMatch(user::has));
	}

	// --- plumbing

	private static Step bound(RoundState s, Checkpoint checkpoint) {
		return s.executor.definition()
			.steps()
			.stream()
			.filter((step) -> step.binding() == checkpoint)
			.findFirst()
			.orElseThrow();
	}

	/** The first refusal of the checks, in order; allowed when none refuses. */
	@SafeVarargs
	private static Decision first(Supplier<Decision>... checks) {
		for (Supplier<Decision> check : checks) {
			Decision decision = check.get();
			if (!decision.allowed()) {
				return decision;
			}
		}
		return Decision.ALLOWED;
	}

	private static Set<RoundAction> collect(CurrentUser user, List<RoundAction> actions,
			java.util.function.Function<RoundAction, Decision> decide) {
		Set<RoundAction> allowed = EnumSet.noneOf(RoundAction.class);
		if (user == null) {
			return allowed;
		}
		for (RoundAction action : actions) {
			if (decide.apply(action).allowed()) {
				allowed.add(action);
			}
		}
		return allowed;
	}

}
