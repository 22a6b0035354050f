package id.ukur.round.internal.demo;

import id.ukur.shared.PinnableClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/**
 * The moment of the story of one round: it only moves forward, within the demo regions'
 * working hours (Monday to Friday, 07:30 to 16:00), and every act runs with the
 * application clock pinned to it ({@link PinnableClock}).
 */
final class Timeline {

	private static final LocalTime START = LocalTime.of(7, 30);

	private static final LocalTime END = LocalTime.of(16, 0);

	private ZonedDateTime now;

	Timeline(ZoneId zone, LocalDate day, int minutesAfterStart) {
		this.now = day.atTime(START).atZone(zone);
		toWorkingTime();
		work(minutesAfterStart);
	}

	Instant now() {
		return this.now.toInstant();
	}

	LocalDate today() {
		return this.now.toLocalDate();
	}

	/** Runs an act at the present moment of the story. */
	<T> T act(Supplier<T> work) {
		return PinnableClock.at(now(), work);
	}

	/** Moves on by working minutes; what does not fit in a day goes on the next. */
	void work(long minutes) {
		long left = minutes;
		while (left > 0) {
			ZonedDateTime end = this.now.with(END);
			long free = java.time.Duration.between(this.now, end).toMinutes();
			if (left < free) {
				this.now = this.now.plusMinutes(left);
				return;
			}
			left -= free;
			this.now = nextWorkingDay(this.now.toLocalDate());
		}
	}

	/**
	 * Moves on to a later day (working days counted), some minutes into its morning;
	 * never back.
	 */
	void laterDays(int workingDays, int minutesIntoDay) {
		LocalDate day = today();
		for (int i = 0; i < workingDays; i++) {
			day = nextWorkingDay(day).toLocalDate();
		}
		moveTo(day, minutesIntoDay);
	}

	/** Moves on to the day (or the next working day) at minutes into it; never back. */
	void moveTo(LocalDate day, int minutesIntoDay) {
		ZonedDateTime target = day.atTime(START).atZone(this.now.getZone());
		if (!working(target.toLocalDate())) {
			target = nextWorkingDay(target.toLocalDate());
		}
		target = target.plusMinutes(Math.min(minutesIntoDay, 500));
		if (target.isAfter(this.now)) {
			this.now = target;
		}
	}

	private void toWorkingTime() {
		if (!working(this.now.toLocalDate()) || !this.now.toLocalTime().isBefore(END)) {
			this.now = nextWorkingDay(this.now.toLocalDate());
		}
		else if (this.now.toLocalTime().isBefore(START)) {
			this.now = this.now.with(START);
		}
	}

	private ZonedDateTime nextWorkingDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!working(next)) {
			next = next.plusDays(1);
		}
		return next.atTime(START).atZone(this.now.getZone());
	}

	private static boolean working(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
