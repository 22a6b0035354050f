package id.ukur.sop;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Working-time arithmetic for the time standards (sop.md §3): how much working time lies
 * between two instants, and when a given amount of working time has passed.
 * <p>
 * An instant is working time when the clocks of the calendar's zone show a time in
 * {@code [workStart, workEnd)} of a working day. Offsets come from the zone's rules, so
 * clock changes are honoured although the Indonesian zones have none today: a working day
 * lasts an hour less when the clocks jump forward within it and an hour more when they
 * fall back. Clocks are assumed never to fall back across a whole night, so that working
 * days follow each other on the timeline. Long spans are counted in whole weeks where the
 * offset does not change, instead of day by day.
 */
public final class WorkingTime {

	// Below this, walking day by day is as cheap as the arithmetic
	private static final long MIN_WEEKS_TO_SKIP = 2;

	private WorkingTime() {
	}

	/**
	 * The working time between two instants: only the parts inside the working hours of
	 * working days, in the calendar's zone.
	 * @param calendar the region's calendar
	 * @param from the start
	 * @param to the end
	 * @return the working minutes, rounded down to whole minutes; {@code 0} if {@code to}
	 * is not after {@code from}
	 */
	public static long minutesBetween(WorkingCalendar calendar, Instant from, Instant to) {
		Objects.requireNonNull(calendar, "calendar");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (!to.isAfter(from)) {
			return 0;
		}
		// A day on either side: with a clock change at midnight, a neighbouring day's
		// working hours can reach into [from, to)
		LocalDate day = dateOf(calendar, from).minusDays(1);
		LocalDate last = dateOf(calendar, to).plusDays(1);
		Duration total = Duration.ZERO;
		while (!day.isAfter(last)) {
			long weeks = steadyWeeks(calendar, day, ChronoUnit.DAYS.between(day, last) / 7);
			if (weeks > 0 && !startOf(calendar, day).isBefore(from)
					&& !endOf(calendar, day.plusWeeks(weeks).minusDays(1)).isAfter(to)) {
				total = total.plus(wholeWeeks(calendar, day, weeks));
				day = day.plusWeeks(weeks);
				continue;
			}
			for (Stretch stretch : stretches(calendar, day)) {
				total = total.plus(stretch.overlap(from, to));
			}
			day = day.plusDays(1);
		}
		return total.toMinutes();
	}

	/**
	 * The instant when {@code minutes} of working time have passed after {@code from}.
	 * Counting starts at {@code from} if it lies inside working hours, else at the next
	 * working start; so adding {@code 0} to an instant outside working hours (including
	 * exactly at {@code workEnd}) gives the next working start. When the minutes run out
	 * exactly at the end of a working day, the result is that {@code workEnd}, not the
	 * next morning.
	 * @param calendar the region's calendar
	 * @param from the start
	 * @param minutes the working minutes to add, not negative
	 * @return the earliest instant with {@code minutes} of working time since
	 * {@code from}
	 * @throws IllegalArgumentException if {@code minutes} is negative
	 */
	public static Instant addMinutes(WorkingCalendar calendar, Instant from, long minutes) {
		Objects.requireNonNull(calendar, "calendar");
		Objects.requireNonNull(from, "from");
		if (minutes < 0) {
			throw new IllegalArgumentException("Cannot add a negative working time: " + minutes + " minutes");
		}
		Duration remaining = Duration.ofMinutes(minutes);
		Duration nominalWeek = nominalDay(calendar).multipliedBy(calendar.workingDays().size());
		LocalDate day = dateOf(calendar, from).minusDays(1);
		while (true) {
			// Skip only weeks that leave some time over, so that the end is always found
			// by the day walk below, where the end-of-day rule applies
			long weeks = steadyWeeks(calendar, day, remaining.minusNanos(1).dividedBy(nominalWeek));
			if (weeks > 0 && !startOf(calendar, day).isBefore(from)) {
				remaining = remaining.minus(wholeWeeks(calendar, day, weeks));
				day = day.plusWeeks(weeks);
				continue;
			}
			for (Stretch stretch : stretches(calendar, day)) {
				Instant start = latest(from, stretch.start());
				if (start.isBefore(stretch.end())) {
					Duration available = Duration.between(start, stretch.end());
					if (remaining.compareTo(available) <= 0) {
						return start.plus(remaining);
					}
					remaining = remaining.minus(available);
				}
			}
			day = day.plusDays(1);
		}
	}

	/**
	 * The due time of a step that became current at {@code from}:
	 * {@code addMinutes(calendar, from, standard.minutes(calendar))}.
	 * @param calendar the region's calendar
	 * @param from when the step became current
	 * @param standard the step's time standard
	 * @return when the step is due
	 */
	public static Instant due(WorkingCalendar calendar, Instant from, StandardTime standard) {
		Objects.requireNonNull(standard, "standard");
		return addMinutes(calendar, from, standard.minutes(calendar));
	}

	/**
	 * The stretches of the timeline, in order, on which the clocks show the working hours
	 * of {@code day}: none on a day off, one on an ordinary day, two when the clocks
	 * change within the working hours.
	 */
	private static List<Stretch> stretches(WorkingCalendar calendar, LocalDate day) {
		if (!calendar.isWorkingDay(day)) {
			return List.of();
		}
		LocalDateTime start = day.atTime(calendar.workStart());
		LocalDateTime end = day.atTime(calendar.workEnd());
		ZoneRules rules = calendar.zone().getRules();
		// Every instant whose clock time can lie in [start, end), whatever the offset,
		// cut where the offset changes
		Instant piece = start.toInstant(ZoneOffset.MAX);
		Instant limit = end.toInstant(ZoneOffset.MIN);
		List<Stretch> stretches = new ArrayList<>(2);
		while (piece.isBefore(limit)) {
			ZoneOffsetTransition next = rules.nextTransition(piece);
			Instant pieceEnd = (next == null || next.getInstant().isAfter(limit)) ? limit : next.getInstant();
			ZoneOffset offset = rules.getOffset(piece);
			Instant stretchStart = latest(piece, start.toInstant(offset));
			Instant stretchEnd = earliest(pieceEnd, end.toInstant(offset));
			if (stretchStart.isBefore(stretchEnd)) {
				stretches.add(new Stretch(stretchStart, stretchEnd));
			}
			piece = pieceEnd;
		}
		return stretches;
	}

	/**
	 * How many of the {@code maxWeeks} weeks starting on {@code day} lie where the zone's
	 * offset does not change, with a day's margin on either side; there every working day
	 * is one stretch of exactly {@code workEnd - workStart}. {@code 0} if that is fewer
	 * than {@link #MIN_WEEKS_TO_SKIP}.
	 */
	private static long steadyWeeks(WorkingCalendar calendar, LocalDate day, long maxWeeks) {
		if (maxWeeks < MIN_WEEKS_TO_SKIP) {
			return 0;
		}
		ZoneRules rules = calendar.zone().getRules();
		ZoneOffsetTransition next = rules.nextTransition(day.minusDays(1).atStartOfDay().toInstant(ZoneOffset.MAX));
		if (next == null) {
			return maxWeeks;
		}
		// The last day before the change, with the margins of any offset
		LocalDate lastSteadyDay = LocalDate.ofInstant(next.getInstant(), ZoneOffset.UTC).minusDays(3);
		long steadyDays = ChronoUnit.DAYS.between(day, lastSteadyDay) + 1;
		long weeks = Math.min(maxWeeks, Math.max(0, steadyDays) / 7);
		return (weeks >= MIN_WEEKS_TO_SKIP) ? weeks : 0;
	}

	/**
	 * The working time of the whole weeks starting on {@code day}, where the offset does
	 * not change (see {@link #steadyWeeks}): every working day of the week counts, less
	 * the holidays that fall on one.
	 */
	private static Duration wholeWeeks(WorkingCalendar calendar, LocalDate day, long weeks) {
		LocalDate end = day.plusWeeks(weeks);
		long holidays = calendar.holidays()
			.stream()
			.filter((holiday) -> !holiday.isBefore(day) && holiday.isBefore(end))
			.filter((holiday) -> calendar.workingDays().contains(holiday.getDayOfWeek()))
			.count();
		return nominalDay(calendar).multipliedBy(weeks * calendar.workingDays().size() - holidays);
	}

	private static Duration nominalDay(WorkingCalendar calendar) {
		return Duration.between(calendar.workStart(), calendar.workEnd());
	}

	// Only where the offset does not change (see steadyWeeks), whether worked or not
	private static Instant startOf(WorkingCalendar calendar, LocalDate day) {
		LocalDateTime start = day.atTime(calendar.workStart());
		return start.toInstant(calendar.zone().getRules().getOffset(start));
	}

	private static Instant endOf(WorkingCalendar calendar, LocalDate day) {
		LocalDateTime end = day.atTime(calendar.workEnd());
		return end.toInstant(calendar.zone().getRules().getOffset(end));
	}

	private static LocalDate dateOf(WorkingCalendar calendar, Instant instant) {
		return LocalDate.ofInstant(instant, calendar.zone());
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/** A stretch of working time on the timeline, {@code [start, end)}. */
	private record Stretch(Instant start, Instant end) {

		Duration overlap(Instant from, Instant to) {
			Instant overlapStart = latest(from, this.start);
			Instant overlapEnd = earliest(to, this.end);
			return overlapStart.isBefore(overlapEnd) ? Duration.between(overlapStart, overlapEnd) : Duration.ZERO;
		}

	}

}
