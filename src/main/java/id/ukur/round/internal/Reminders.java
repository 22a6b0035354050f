package id.ukur.round.internal;

import id.ukur.round.FormStatus;
import id.ukur.round.RoundEvents;
import id.ukur.round.StepView;
import id.ukur.sop.RegionCalendars;
import id.ukur.sop.SopRevision;
import id.ukur.sop.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders before and after deadlines and for late steps. Each reminder is claimed in
 * the database first (a conditional update that only one caller wins), so several nodes
 * running this job send it once.
 * <p>
 * Known limits: forms are narrowed in SQL to those near or past their deadline, but a
 * step's standard time is in its SOP, not in a column, so every current step of an open
 * round that started before now and was not reminded of is read (one row each) and judged
 * here with its SOP revision, all of them read and parsed once per run: for the country
 * about 19,250 steps and as many revisions every interval (docs/performance.md).
 */
@Component
class Reminders implements ReminderRun {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Reminders.class);

	/** How long before the end of the deadline day units are reminded. */
	static final Duration BEFORE = Duration.ofDays(1);

	private final RoundSummaries summaries;

	private final FormStore forms;

	private final StepStore steps;

	private final RegionCalendars calendars;

	private final RoundSops sops;

	private final RoundChanges changes;

	Reminders(RoundSummaries summaries, FormStore forms, StepStore steps, RegionCalendars calendars, RoundSops sops,
			RoundChanges changes) {
		this.summaries = summaries;
		this.forms = forms;
		this.steps = steps;
		this.calendars = calendars;
		this.sops = sops;
		this.changes = changes;
	}

	/**
	 * Sends what is due at the given time. Two queries find what may be due (forms near
	 * or past their deadline with a reminder not yet claimed, current steps that started
	 * before now and were not reminded of); only those rounds are looked at, each rule
	 * deciding here as before, with each region's calendar read once per run and the SOP
	 * revisions in one query.
	 * @return how many reminders were sent
	 */
	@Override
	@Transactional
	public int remind(Instant now) {
		Map<Long, WorkingCalendar> calendars = new HashMap<>();
		Map<Long, SopExecutor> executors = new HashMap<>();
		// a form is due from the start of its deadline day in the region's zone, BEFORE
		// ahead of the end; no zone is more than 14 hours ahead of UTC (an hour's slack)
		LocalDate latestDeadline = LocalDate.ofInstant(now.plus(BEFORE).plus(Duration.ofHours(15)), ZoneOffset.UTC)
			.minusDays(1);
		Map<Long, List<RoundSummaries.RoundForm>> forms = new TreeMap<>();
		this.summaries.formsToRemind(latestDeadline)
			.forEach((f) -> forms.computeIfAbsent(f.round().id, (id) -> new ArrayList<>()).add(f));
		Map<Long, RoundSummaries.RoundStep> steps = new TreeMap<>();
		this.summaries.stepsToWatch(now).forEach((s) -> steps.putIfAbsent(s.round().id, s));
		// the SOP revisions of those steps' rounds, in one query
		Map<Long, SopRevision> revisions = this.sops
			.of(steps.values().stream().map((s) -> s.round().sopRevisionId).collect(Collectors.toSet()));
		java.util.Set<Long> roundIds = new java.util.TreeSet<>(forms.keySet());
		roundIds.addAll(steps.keySet());
		int sent = 0;
		for (long id : roundIds) {
			for (RoundSummaries.RoundForm form : forms.getOrDefault(id, List.of())) {
				WorkingCalendar calendar = calendars.computeIfAbsent(form.round().regionId, this.calendars::of);
				sent += remindForm(form.round(), form.form(), calendar.zone(), now) ? 1 : 0;
			}
			RoundSummaries.RoundStep step = steps.get(id);
			if (step != null) {
				RoundRecord round = step.round();
				WorkingCalendar calendar = calendars.computeIfAbsent(round.regionId, this.calendars::of);
				SopExecutor executor = executors.computeIfAbsent(round.sopRevisionId,
						(revision) -> new SopExecutor(revisions.get(revision).definition()));
				sent += remindStep(round, step.step(), executor, calendar, now) ? 1 : 0;
			}
		}
		return sent;
	}

	/** The deadline reminder of a unit's form, before or after the deadline, once. */
	private boolean remindForm(RoundRecord round, FormRecord form, ZoneId zone, Instant now) {
		if (form.status == FormStatus.SUBMITTED || form.status == FormStatus.PREPARED) {
			return false;
		}
		Instant deadlineEnd = round.deadline.plusDays(1).atStartOfDay(zone).toInstant();
		boolean overdue = !now.isBefore(deadlineEnd);
		boolean due = overdue || !now.isBefore(deadlineEnd.minus(BEFORE));
		// a reminder claimed already is not claimed again (the claim would match nothing)
		boolean claimed = overdue ? form.remindedAfter : form.remindedBefore;
		if (due && !claimed && this.forms.claimReminder(form.id, overdue)) {
			this.changes.publish(new RoundEvents.DeadlineReminder(round.id, round.agencyId, RoundChanges.label(round),
					form.unitCode, round.deadline, overdue));
			return true;
		}
		return false;
	}

	/** The late reminder of the current step, once. */
	private boolean remindStep(RoundRecord round, StepRecord current, SopExecutor executor, WorkingCalendar calendar,
			Instant now) {
		StepView view = RoundViews.step(executor, current, now, calendar);
		if (view.late() && this.steps.claimLateReminder(current.id)) {
			this.changes.publish(new RoundEvents.StepLate(round.id, round.agencyId, RoundChanges.label(round),
					view.number(), view.activity(), executor.roles(executor.step(view.number()))));
			return true;
		}
		return false;
	}

	/**
	 * The reminder job, unless {@code ukur.reminders.enabled=false}. The job itself lives
	 * here, not only the switch: Spring Modulith's moments turn scheduling on for every
	 * bean anyway. With several nodes on one database one node at a time runs it (a
	 * ShedLock row); each reminder is also claimed in the database, so even two runs at
	 * once would send it once.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(name = "ukur.reminders.enabled", havingValue = "true", matchIfMissing = true)
	static class Scheduling {

		private final Reminders reminders;

		private final RoundChanges changes;

		Scheduling(Reminders reminders, RoundChanges changes) {
			this.reminders = reminders;
			this.changes = changes;
		}

		@Scheduled(fixedDelayString = "${ukur.reminders.interval:PT15M}",
				initialDelayString = "${ukur.reminders.initial-delay:PT2M}")
		@SchedulerLock(name = "round-reminders", lockAtLeastFor = "${ukur.reminders.lock-at-least:PT1M}")
		void run() {
			int sent = this.reminders.remind(this.changes.now());
			if (sent > 0) {
				log.info("Reminder job ran: {} sent", sent);
			}
			else {
				log.debug("Reminder job ran: {} sent", sent);
			}
		}

	}

}
