package id.ukur.round.internal;

import id.ukur.round.FormStatus;
import id.ukur.round.RoundEvents;
import id.ukur.round.StepView;
import id.ukur.sop.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
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
 */
@Component
class Reminders {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Reminders.class);

	/** How long before the end of the deadline day units are reminded. */
	static final Duration BEFORE = Duration.ofDays(1);

	private final RoundStore rounds;

	private final FormStore forms;

	private final StepStore steps;

	private final RoundLoader loader;

	private final RoundViews views;

	private final RoundChanges changes;

	Reminders(RoundStore rounds, FormStore forms, StepStore steps, RoundLoader loader, RoundViews views,
			RoundChanges changes) {
		this.rounds = rounds;
		this.forms = forms;
		this.steps = steps;
		this.loader = loader;
		this.views = views;
		this.changes = changes;
	}

	/**
	 * Sends what is due at the given time.
	 * @return how many reminders were sent
	 */
	@Transactional
	int remind(Instant now) {
		int sent = 0;
		// a region's calendar and time zone once per run, not once per round
		Map<Long, WorkingCalendar> calendars = new HashMap<>();
		for (RoundRecord round : this.rounds.open()) {
			// forms, steps and the SOP: the round without its plan copy and recap,
			// the bulk of a round that the job never reads
			RoundState state = this.loader.summary(round.id, null);
			WorkingCalendar calendar = calendars.computeIfAbsent(round.regionId,
					(region) -> this.views.calendar(state));
			ZoneId zone = calendar.zone();
			Instant deadlineEnd = round.deadline.plusDays(1).atStartOfDay(zone).toInstant();
			String label = RoundChanges.label(round);
			for (FormRecord form : state.forms) {
				if (form.status == FormStatus.SUBMITTED || form.status == FormStatus.PREPARED) {
					continue;
				}
				boolean overdue = !now.isBefore(deadlineEnd);
				boolean due = overdue || !now.isBefore(deadlineEnd.minus(BEFORE));
				if (due && this.forms.claimReminder(form.id, overdue)) {
					this.changes.publish(new RoundEvents.DeadlineReminder(round.id, round.agencyId, label,
							form.unitCode, round.deadline, overdue));
					sent++;
				}
			}
			StepRecord current = SopExecutor.current(state.steps);
			if (current != null) {
				StepView view = this.views.step(state, current, now, calendar);
				if (view.late() && this.steps.claimLateReminder(current.id)) {
					this.changes.publish(new RoundEvents.StepLate(round.id, round.agencyId, label, view.number(),
							view.activity(), state.executor.roles(state.executor.step(view.number()))));
					sent++;
				}
			}
		}
		return sent;
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
