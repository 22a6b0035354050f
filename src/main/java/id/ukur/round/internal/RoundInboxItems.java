package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.EntryStatus;
import id.ukur.round.FormStatus;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundReturn;
import id.ukur.round.RoundStatus;
import id.ukur.round.StepView;
import id.ukur.shared.InboxItem;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The inbox items of an agency's running rounds ({@link RoundInbox}, docs/rounds.md, "The
 * inbox"), each decided by {@link RoundPolicy} as the act it asks for.
 */
@Component
class RoundInboxItems {

	private final StepStore steps;

	RoundInboxItems(StepStore steps) {
		this.steps = steps;
	}

	/** The items of the rounds, in the list's order. */
	List<InboxItem> of(List<RoundLists.Listed> rounds, CurrentUser user, Instant now) {
		// the instances of rounds a "no" may have sent back (their current step ran
		// before), read in one query: they name the return and its reason
		List<Long> rerun = rounds.stream().filter((l) -> {
			StepRecord current = SopExecutor.current(l.state().steps);
			return current != null && current.iteration > 1;
		}).map((l) -> l.state().round.id).toList();
		Map<Long, List<StepRecord>> instances = this.steps.ofRounds(rerun)
			.stream()
			.collect(Collectors.groupingBy((s) -> s.roundId));
		List<InboxItem> items = new ArrayList<>();
		for (RoundLists.Listed listed : rounds) {
			forRound(listed, instances.getOrDefault(listed.state().round.id, List.of()), user, now, items);
		}
		return items;
	}

	private void forRound(RoundLists.Listed listed, List<StepRecord> instances, CurrentUser user, Instant now,
			List<InboxItem> items) {
		RoundState state = listed.state();
		Items round = new Items(RoundChanges.label(state.round), "/rounds/" + state.round.id,
				returned(state, instances, listed, now), items);
		formToFill(listed, user, now, round);
		// values wait for a validator once the SOP reaches its validation step, and never
		// for a validator of their own unit (docs/security.md, "Separation of duties")
		if (RoundPolicy.decide(user, RoundAction.SETTLE, state).allowed()) {
			long waiting = listed.tallies()
				.stream()
				.filter((t) -> t.status() == EntryStatus.SUBMITTED)
				.filter((t) -> !t.unitCode().equals(user.unitCode()))
				.mapToLong(FormCounts.Tally::count)
				.sum();
			if (waiting > 0) {
				round.add("validation", "inbox.round.validate", new Object[] { waiting }, "/validation", null, false);
			}
		}
		boolean settled = listed.tallies().stream().allMatch((t) -> t.status().settled());
		StepRecord current = SopExecutor.current(state.steps);
		if (current != null && RoundPolicy.ownAgency(user, state.round.agencyId)) {
			currentStep(listed, current, user, now, settled, round);
		}
		if (state.round.status == RoundStatus.SEALED
				&& StepWork.outsideSop(user, state, Checkpoint.SEND, RoundAction.SEND)) {
			round.add("steps", "inbox.round.send", new Object[0], "", null, false);
		}
		if (StepWork.outsideSop(user, state, Checkpoint.ARCHIVE, RoundAction.ARCHIVE)) {
			round.add("steps", "inbox.round.archive", new Object[0], "", null, false);
		}
	}

	/** The act the current step waits for, a calculation it needs, or its lateness. */
	private static void currentStep(RoundLists.Listed listed, StepRecord current, CurrentUser user, Instant now,
			boolean settled, Items round) {
		RoundState state = listed.state();
		Step step = state.executor.step(current.number);
		StepView view = RoundViews.step(state.executor, current, now, listed.calendar().get());
		boolean awaits = StepWork.awaits(user, state, step, settled);
		if (awaits) {
			round.add("steps", "inbox.round.step", new Object[] { step.number(), step.activity() }, "", view.due(),
					view.late());
		}
		if (StepWork.calculationAwaited(user, state, step, settled)) {
			round.add("steps", "inbox.round.calculate", new Object[] { step.number(), step.activity() }, "", view.due(),
					view.late());
		}
		else if (!awaits && view.late() && RoundPolicy.watchesSteps(user)) {
			round.add("steps", "inbox.round.stepLate",
					new Object[] { step.number(), step.activity(), state.executor.laneNames(step) }, "", view.due(),
					true);
		}
	}

	/** The unit's form to fill or to correct, while it may be filled. */
	private static void formToFill(RoundLists.Listed listed, CurrentUser user, Instant now, Items round) {
		RoundState state = listed.state();
		state.forms.stream()
			.filter((f) -> RoundPolicy.decide(user, RoundAction.FILL, state, f).allowed())
			.findFirst()
			.ifPresent((form) -> {
				ZoneId zone = listed.calendar().get().zone();
				// due at the end of the deadline day; late from the next day on
				Instant nextDay = state.round.deadline.plusDays(1).atStartOfDay(zone).toInstant();
				boolean returned = form.status == FormStatus.RETURNED;
				InboxItem.Note why = (returned && form.returnReason != null)
						? new InboxItem.Note("inbox.reason", new Object[] { form.returnReason }) : round.note;
				round.add("forms", returned ? "inbox.round.formReturned" : "inbox.round.form",
						new Object[] { listed.unitNames().getOrDefault(form.unitCode, form.unitCode) },
						"/units/" + form.unitCode, nextDay.minusSeconds(60), !now.isBefore(nextDay), why);
			});
	}

	/** The review's or decision's "no" that sent the round back, as a note. */
	private static InboxItem.Note returned(RoundState state, List<StepRecord> instances, RoundLists.Listed listed,
			Instant now) {
		if (instances.isEmpty()) {
			return null;
		}
		List<StepView> views = instances.stream()
			.map((s) -> RoundViews.step(state.executor, s, now, listed.calendar().get()))
			.toList();
		return RoundReturn.holding(views)
			.map((r) -> new InboxItem.Note("inbox.returned", new Object[] { r.stepNumber(), r.reason() }))
			.orElse(null);
	}

	/** The items of one round, under its label. */
	private record Items(String label, String link, InboxItem.Note note, List<InboxItem> items) {

		void add(String group, String key, Object[] arguments, String path, Instant due, boolean late) {
			add(group, key, arguments, path, due, late, this.note);
		}

		void add(String group, String key, Object[] arguments, String path, Instant due, boolean late,
				InboxItem.Note why) {
			this.items
				.add(new InboxItem(group, key, arguments, this.link + path, due, late, this.label, this.link, why));
		}

	}

}
