package id.ukur.sop;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link WorkingTime} over many generated cases, and agreement with a
 * reference that checks every single minute against the calendar.
 */
class WorkingTimePropertiesTest {

	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 19),
			LocalDate.of(2026, 3, 20), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 8, 17), LocalDate.of(2026, 12, 25));

	private static final WorkingCalendar STANDARD = WorkingCalendar.standard(HOLIDAYS);

	private static final WorkingCalendar SIX_DAYS = new WorkingCalendar(ZoneId.of("Asia/Makassar"),
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(14, 0), HOLIDAYS);

	// Not an Indonesian zone: its working hours contain the clock changes of 2026-03-29
	// (02:00 → 03:00) and 2026-10-25 (03:00 → 02:00)
	private static final WorkingCalendar BERLIN_NIGHTS = new WorkingCalendar(ZoneId.of("Europe/Berlin"),
			EnumSet.allOf(DayOfWeek.class), LocalTime.of(1, 0), LocalTime.of(5, 0), Set.of());

	// Starts inside the spring gap: work starts when the clocks jump to 03:00
	private static final WorkingCalendar BERLIN_GAP_START = new WorkingCalendar(ZoneId.of("Europe/Berlin"),
			EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 30), LocalTime.of(5, 0), Set.of());

	private static final Instant YEAR_START = Instant.parse("2025-12-20T00:00:00Z");

	@ParameterizedTest(name = "[{index}] {1} + {2}")
	@MethodSource("roundTrips")
	void addingThenMeasuringGivesTheMinutesBack(WorkingCalendar calendar, Instant from, long minutes) {
		Instant end = WorkingTime.addMinutes(calendar, from, minutes);
		assertThat(WorkingTime.minutesBetween(calendar, from, end)).isEqualTo(minutes);
		// and it is the earliest such instant
		if (minutes > 0) {
			assertThat(WorkingTime.minutesBetween(calendar, from, end.minusSeconds(60))).isEqualTo(minutes - 1);
		}
		assertThat(end).isAfterOrEqualTo(from);
	}

	static Stream<Arguments> roundTrips() {
		Random random = new Random(2026);
		return Stream.of(STANDARD, SIX_DAYS, BERLIN_NIGHTS, BERLIN_GAP_START)
			.flatMap((calendar) -> Stream
				.generate(() -> Arguments.of(calendar, anyInstant(random, true), anyMinutes(random, calendar)))
				.limit(60));
	}

	@ParameterizedTest(name = "[{index}] {1} → {2}")
	@MethodSource("spans")
	void agreesWithCountingEveryMinute(WorkingCalendar calendar, Instant from, Instant to) {
		assertThat(WorkingTime.minutesBetween(calendar, from, to)).isEqualTo(countEveryMinute(calendar, from, to));
	}

	static Stream<Arguments> spans() {
		Random random = new Random(17081945);
		return Stream.of(STANDARD, SIX_DAYS, BERLIN_NIGHTS, BERLIN_GAP_START)
			.flatMap((calendar) -> Stream.generate(() -> {
				Instant from = anyInstant(random, false);
				// up to seven weeks, so that whole weeks are skipped as well as walked
				Instant to = from.plus(Duration.ofMinutes(random.nextInt(7 * 7 * 24 * 60)));
				return Arguments.of(calendar, from, to);
			}).limit(40));
	}

	@ParameterizedTest(name = "{0}: {1} → {2} = {3}")
	@CsvSource({ "2026-03-29T00:00, 2026-03-30T00:00, 180", "2026-10-25T00:00, 2026-10-26T00:00, 300",
			"2026-03-28T00:00, 2026-03-29T00:00, 240", "2026-01-01T00:00, 2027-01-01T00:00, 87600",
			"2026-02-01T00:00, 2026-12-01T00:00, 72720" })
	void daysWithAClockChangeCountTheTimeThatPasses(LocalDateTime from, LocalDateTime to, long minutes) {
		ZoneId berlin = BERLIN_NIGHTS.zone();
		Instant start = from.atZone(berlin).toInstant();
		Instant end = to.atZone(berlin).toInstant();
		assertThat(WorkingTime.minutesBetween(BERLIN_NIGHTS, start, end)).isEqualTo(minutes);
		assertThat(WorkingTime.addMinutes(BERLIN_NIGHTS, start, minutes)).isEqualTo(lastWorkEnd(BERLIN_NIGHTS, end));
	}

	private static Instant lastWorkEnd(WorkingCalendar calendar, Instant before) {
		LocalDate day = LocalDate.ofInstant(before, calendar.zone()).minusDays(1);
		return ZonedDateTime.of(day, calendar.workEnd(), calendar.zone()).toInstant();
	}

	// Any instant of 2026 and a bit around it, on a whole minute or not
	private static Instant anyInstant(Random random, boolean withSeconds) {
		Instant instant = YEAR_START.plus(Duration.ofMinutes(random.nextInt(380 * 24 * 60)));
		return withSeconds ? instant.plusSeconds(random.nextInt(60)) : instant;
	}

	// Mostly a few hours or days, sometimes nothing, sometimes months
	private static long anyMinutes(Random random, WorkingCalendar calendar) {
		return switch (random.nextInt(6)) {
			case 0 -> 0;
			case 1 -> 1 + random.nextInt(60);
			case 2 -> calendar.dailyMinutes() * (1 + random.nextInt(5));
			case 3 -> random.nextInt((int) calendar.dailyMinutes() * 10);
			case 4 -> random.nextInt((int) calendar.dailyMinutes() * 100);
			default -> random.nextInt((int) calendar.dailyMinutes() * 400);
		};
	}

	// The definition itself: a minute is worked if the clock shows working hours of a
	// working day
	private static long countEveryMinute(WorkingCalendar calendar, Instant from, Instant to) {
		long count = 0;
		for (Instant minute = from; minute.isBefore(to); minute = minute.plus(1, ChronoUnit.MINUTES)) {
			ZonedDateTime local = minute.atZone(calendar.zone());
			LocalTime time = local.toLocalTime();
			if (calendar.isWorkingDay(local.toLocalDate()) && !time.isBefore(calendar.workStart())
					&& time.isBefore(calendar.workEnd())) {
				count++;
			}
		}
		return count;
	}

}
