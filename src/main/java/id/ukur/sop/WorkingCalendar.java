package id.ukur.sop;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A region's working calendar (sop.md §3): the days of the week that are worked, the
 * working hours of each of those days, the holidays (national and regional) and the time
 * zone the hours are read in. Working hours are the half-open interval
 * {@code [workStart, workEnd)} on the same date; shifts across midnight are not
 * supported.
 *
 * @param zone the region's time zone, such as {@code Asia/Jakarta} or
 * {@code Asia/Makassar}
 * @param workingDays the days of the week that are worked, at least one
 * @param workStart when work starts on a working day
 * @param workEnd when work ends on a working day, after {@code workStart}
 * @param holidays dates that are not worked even when they fall on a working day
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime workStart, LocalTime workEnd,
		Set<LocalDate> holidays) {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	/**
	 * Validates and copies the sets, so that later changes to the caller's sets do not
	 * change the calendar.
	 * @throws IllegalArgumentException if a component is missing, no day is worked, a set
	 * contains {@code null}, or work does not start before it ends
	 */
	public WorkingCalendar {
		if (zone == null) {
			throw new IllegalArgumentException("A working calendar needs a time zone");
		}
		if (workingDays == null || workingDays.isEmpty()) {
			throw new IllegalArgumentException("A working calendar needs at least one working day");
		}
		if (workStart == null || workEnd == null) {
			throw new IllegalArgumentException("A working calendar needs the start and end of working hours");
		}
		if (!workStart.isBefore(workEnd)) {
			throw new IllegalArgumentException(
					"Working hours must start before they end, got " + workStart + "–" + workEnd);
		}
		if (holidays == null) {
			throw new IllegalArgumentException("A working calendar needs a list of holidays (it may be empty)");
		}
		workingDays = copy(workingDays, "working days");
		holidays = copy(holidays, "holidays");
	}

	/**
	 * @param holidays the holidays to observe
	 * @return the default calendar: Asia/Jakarta (WIB), Monday to Friday, 07:30–16:00
	 */
	public static WorkingCalendar standard(Set<LocalDate> holidays) {
		return new WorkingCalendar(JAKARTA, MONDAY_TO_FRIDAY, LocalTime.of(7, 30), LocalTime.of(16, 0), holidays);
	}

	/**
	 * @return the length of one working day in whole minutes (510 for 07:30–16:00)
	 */
	public long dailyMinutes() {
		return Duration.between(this.workStart, this.workEnd).toMinutes();
	}

	/**
	 * @param date a date in this calendar's zone
	 * @return whether the date is a working day of the week and not a holiday
	 */
	public boolean isWorkingDay(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return this.workingDays.contains(date.getDayOfWeek()) && !this.holidays.contains(date);
	}

	private static <T> Set<T> copy(Collection<T> values, String name) {
		// Set.copyOf would throw a NullPointerException; say what is wrong instead
		if (values.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("The " + name + " of a working calendar must not contain null");
		}
		return Set.copyOf(values);
	}

}
