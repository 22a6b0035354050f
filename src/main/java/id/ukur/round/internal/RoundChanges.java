package id.ukur.round.internal;

import id.ukur.audit.Journal;
import id.ukur.audit.JournalEntry;
import id.ukur.organization.CurrentUser;
import id.ukur.round.Periods;
import id.ukur.round.Recap;
import id.ukur.round.RoundEvents;
import id.ukur.shared.Numbers;
import id.ukur.shared.PinnableClock;
import id.ukur.sop.RegionCalendars;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.WorkingTime;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What happens after every change of a round: condition steps that now hold complete, the
 * step instances and the round are written (the round with its version check), the steps
 * that became current are announced, and the action is journaled in the same transaction.
 */
@Component
class RoundChanges {

	private final RoundStore rounds;

	private final StepStore steps;

	private final ActionPlanStore actionPlans;

	private final Journal journal;

	private final ApplicationEventPublisher events;

	private final RegionCalendars calendars;

	private final JsonMapper json;

	private final Clock clock;

	RoundChanges(RoundStore rounds, StepStore steps, ActionPlanStore actionPlans, Journal journal,
			ApplicationEventPublisher events, RegionCalendars calendars, JsonMapper json, Clock clock) {
		this.rounds = rounds;
		this.steps = steps;
		this.actionPlans = actionPlans;
		this.journal = journal;
		this.events = events;
		this.calendars = calendars;
		this.json = json;
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	Recap recap(RoundRecord round) {
		return (round.recap != null)
				? this.json.readerFor(Recap.class).withAttribute(Numbers.STORED_JSON, true).readValue(round.recap)
				: null;
	}

	String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	/**
	 * Publishes the events the change registered, completes what holds, writes the steps
	 * and the round, announces new current steps.
	 */
	void finish(RoundState state, Instant now) {
		// the events the change registered go out first, as when each act published them
		state.releaseEvents().forEach(this::publish);
		// the recap and the action plans matter only to a FOLLOW_UP step: read when
		// asked, once
		Supplier<Set<String>> planned = () -> {
			Set<String> codes = new HashSet<>();
			this.actionPlans.visibleIn(state.round.agencyId, state.round.id)
				.stream()
				.filter((p) -> p.roundId() == state.round.id)
				.forEach((p) -> codes.add(p.indicatorCode()));
			return codes;
		};
		Recap[] read = new Recap[1];
		boolean[] done = new boolean[1];
		Supplier<Recap> recap = () -> {
			if (!done[0]) {
				read[0] = recap(state.round);
				done[0] = true;
			}
			return read[0];
		};
		List<StepRecord> became = state.executor.advance(state.steps, state.facts(recap, planned), now,
				(step) -> outcome(step, recap));
		for (StepRecord step : state.steps) {
			if (step.id == 0) {
				this.steps.insert(step);
			}
			else if (step.changed()) {
				this.steps.update(step);
			}
		}
		this.rounds.update(state.round);
		StepRecord current = SopExecutor.current(state.steps);
		if (current != null && (became.contains(current) || now.equals(current.startedAt))) {
			announce(state, current);
		}
	}

	/**
	 * The outcome written on a decision that completes by itself: Way Kanan's "achieved?"
	 * says which branch the round took.
	 */
	private static String outcome(Step step, Supplier<Recap> recaps) {
		if (step.decision() == null || step.binding() != id.ukur.sop.Checkpoint.FOLLOW_UP) {
			return null;
		}
		Recap recap = recaps.get();
		if (recap == null) {
			return null;
		}
		long under = recap.indicators().stream().filter(Recap.IndicatorResult::needsFollowUp).count();
		return (under == 0) ? step.decision().yes() : step.decision().no() + ": " + under + " rencana aksi";
	}

	private void announce(RoundState state, StepRecord current) {
		Step step = state.executor.step(current.number);
		Instant due = (step.time() != null)
				? WorkingTime.due(this.calendars.of(state.round.regionId), current.startedAt, step.time()) : null;
		publish(new RoundEvents.StepBecameCurrent(state.round.id, state.round.agencyId, label(state.round),
				step.number(), step.activity(), state.executor.roles(step), due));
	}

	/**
	 * Completes the current step of an act with its note, journals the act on the step
	 * and finishes the change.
	 */
	void completeStep(RoundState state, Instant now, CurrentUser user, String note, String action,
			Map<String, Object> after) {
		StepRecord current = SopExecutor.current(state.steps);
		int number = current.number;
		state.executor.complete(state.steps, now, user.username(), note);
		journal(state, "STEP:" + number, action, user, null, after, null);
		finish(state, now);
	}

	/**
	 * Tells other modules (the mails). Acts done on a pinned clock lie in the past (the
	 * demo history, docs/demo.md): nobody is told of them today.
	 */
	void publish(Object event) {
		if (!PinnableClock.pinned()) {
			this.events.publishEvent(event);
		}
	}

	static String label(RoundRecord round) {
		return Periods.label(round.period) + " " + round.year;
	}

	void journal(RoundState state, String subject, String action, CurrentUser user, Object before, Object after,
			String reason) {
		this.journal.record(new JournalEntry(state.round.agencyId, state.round.id, subject, action,
				(user != null) ? user.username() : SopExecutor.SYSTEM, text(before), text(after), reason));
	}

	private String text(Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof String s) ? s : write(value);
	}

}
