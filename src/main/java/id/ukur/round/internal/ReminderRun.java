package id.ukur.round.internal;

import java.time.Instant;

/**
 * One run of the reminder job ({@link Reminders}) at a given time, for the demo history
 * ({@code round/internal/demo}, docs/demo.md): run on a pinned clock, it claims what was
 * due in the story without telling anyone, as the job would have at the time.
 */
public interface ReminderRun {

	/**
	 * @return how many reminders were due and claimed
	 */
	int remind(Instant now);

}
