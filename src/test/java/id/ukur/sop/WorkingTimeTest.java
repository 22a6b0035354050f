package id.ukur.sop;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * sop.md §3: durations are measured in working time and standard times in days are
 * working days. Times in the tables are local to Jakarta (WIB) unless said otherwise;
 * 2026-06-01 is a Monday.
 */
class WorkingTimeTest {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final ZoneId MAKASSAR = ZoneId.of("Asia/Makassar");

	// Tahun Baru (Thu), Hari Kemerdekaan (Mon), Natal (Fri)
	private static final WorkingCalendar STANDARD = WorkingCalendar
		.standard(Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 8, 17), LocalDate.of(2026, 12, 25)));

	// Monday to Saturday, 08:00–14:00 WITA (360 minutes a day)
	private static final WorkingCalendar SIX_DAYS = new WorkingCalendar(MAKASSAR,
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(14, 0),
			Set.of(LocalDate.of(2026, 8, 17)));

	@ParameterizedTest(name = "{0} → {1} = {2}")
	@CsvSource({
			// same day
			"2026-06-01T08:00, 2026-06-01T09:30, 90", "2026-06-01T06:00, 2026-06-01T17:00, 510",
			"2026-06-01T07:30, 2026-06-01T16:00, 510", "2026-06-01T06:00, 2026-06-01T07:30, 0",
			"2026-06-01T16:00, 2026-06-01T18:00, 0", "2026-06-01T15:59, 2026-06-01T16:30, 1",
			// partial minutes are rounded down
			"2026-06-01T10:00:30, 2026-06-01T10:01, 0", "2026-06-01T10:00:30, 2026-06-01T10:02, 1",
			// across nights
			"2026-06-01T16:00, 2026-06-02T07:30, 0", "2026-06-01T17:00, 2026-06-02T08:00, 30",
			"2026-06-01T10:00, 2026-06-02T10:00, 510", "2026-06-01T15:00, 2026-06-02T08:30, 120",
			// across weekends and holidays
			"2026-06-05T15:00, 2026-06-08T08:30, 120", "2026-06-06T09:00, 2026-06-07T12:00, 0",
			"2026-06-05T10:00, 2026-06-08T10:00, 510", "2026-08-14T15:00, 2026-08-18T08:30, 120",
			"2026-08-17T08:00, 2026-08-17T15:00, 0", "2026-12-24T10:00, 2026-12-28T10:00, 510",
			// several weeks, a year
			"2026-06-01T07:30, 2026-06-29T07:30, 10200", "2026-06-01T10:00, 2026-06-26T16:00, 10050",
			"2026-08-03T07:30, 2026-08-31T07:30, 9690", "2026-01-05T07:30, 2027-01-04T07:30, 131580",
			"2025-12-29T07:30, 2027-01-04T07:30, 133620",
			// no time passes backwards
			"2026-06-01T10:00, 2026-06-01T10:00, 0", "2026-06-02T10:00, 2026-06-01T10:00, 0" })
	void countsOnlyWorkingHoursOfWorkingDays(LocalDateTime from, LocalDateTime to, long minutes) {
		assertThat(WorkingTime.minutesBetween(STANDARD, wib(from), wib(to))).isEqualTo(minutes);
	}

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({
			// adding nothing: itself inside working hours, else the next working start
			"2026-06-01T10:00, 0, 2026-06-01T10:00", "2026-06-01T07:30, 0, 2026-06-01T07:30",
			"2026-06-01T06:00, 0, 2026-06-01T07:30", "2026-06-01T16:00, 0, 2026-06-02T07:30",
			"2026-06-01T20:00, 0, 2026-06-02T07:30", "2026-06-06T10:00, 0, 2026-06-08T07:30",
			"2026-08-17T10:00, 0, 2026-08-18T07:30",
			// ending exactly at closing stays there
			"2026-06-01T15:50, 10, 2026-06-01T16:00", "2026-06-01T07:30, 510, 2026-06-01T16:00",
			"2026-06-05T07:30, 510, 2026-06-05T16:00", "2026-06-01T06:00, 510, 2026-06-01T16:00",
			"2026-06-01T15:50, 11, 2026-06-02T07:31",
			// starting outside working hours
			"2026-06-01T06:00, 60, 2026-06-01T08:30", "2026-06-01T16:00, 1, 2026-06-02T07:31",
			"2026-06-05T16:00, 1, 2026-06-08T07:31", "2026-06-06T12:00, 30, 2026-06-08T08:00",
			"2026-06-01T10:00:30, 1, 2026-06-01T10:01:30",
			// a working day later
			"2026-06-01T10:00, 510, 2026-06-02T10:00", "2026-06-05T10:00, 510, 2026-06-08T10:00",
			"2026-08-14T10:00, 510, 2026-08-18T10:00", "2026-12-24T10:00, 510, 2026-12-28T10:00",
			// several weeks, a year
			"2026-06-01T10:00, 10200, 2026-06-29T10:00", "2026-06-01T07:30, 10200, 2026-06-26T16:00",
			"2026-08-03T07:30, 9690, 2026-08-28T16:00", "2026-01-05T07:30, 131580, 2027-01-01T16:00" })
	void addsWorkingMinutes(LocalDateTime from, long minutes, LocalDateTime expected) {
		assertThat(WorkingTime.addMinutes(STANDARD, wib(from), minutes)).isEqualTo(wib(expected));
	}

	@ParameterizedTest(name = "{1} {2} from {0} -> {3}")
	@CsvSource({ "2026-06-01T15:55, 10, MINUTES, 2026-06-02T07:35", "2026-06-01T10:00, 1, HOURS, 2026-06-01T11:00",
			"2026-06-01T15:00, 1.5, HOURS, 2026-06-02T08:00", "2026-06-01T10:00, 1, WORKING_DAYS, 2026-06-02T10:00",
			"2026-06-05T10:00, 1, WORKING_DAYS, 2026-06-08T10:00",
			"2026-08-14T10:00, 1, WORKING_DAYS, 2026-08-18T10:00",
			"2026-06-03T10:00, 3, WORKING_DAYS, 2026-06-08T10:00",
			"2026-06-01T07:30, 0.5, WORKING_DAYS, 2026-06-01T11:45",
			"2026-06-01T14:00, 0.5, WORKING_DAYS, 2026-06-02T09:45",
			"2026-06-01T07:30, 1.5, WORKING_DAYS, 2026-06-02T11:45",
			"2026-06-06T09:00, 1, WORKING_DAYS, 2026-06-08T16:00",
			"2026-07-31T13:00, 14, WORKING_DAYS, 2026-08-21T13:00" })
	void dueTimesCountStandardDaysAsWorkingDays(LocalDateTime from, BigDecimal amount, TimeUnit unit,
			LocalDateTime due) {
		assertThat(WorkingTime.due(STANDARD, wib(from), new StandardTime(amount, unit))).isEqualTo(wib(due));
	}

	@ParameterizedTest(name = "{0} → {1} = {2}")
	@CsvSource({
			// 07:30 WIB is 00:30Z; a Sunday evening in UTC is already Monday in Jakarta
			"2026-06-01T00:30:00Z, 2026-06-01T09:00:00Z, 510", "2026-05-31T23:00:00Z, 2026-06-01T01:30:00Z, 60",
			"2026-06-01T09:00:00Z, 2026-06-02T00:30:00Z, 0", "2026-06-05T08:00:00Z, 2026-06-08T01:30:00Z, 120" })
	void instantsInUtcAreReadInTheCalendarsZone(Instant from, Instant to, long minutes) {
		assertThat(WorkingTime.minutesBetween(STANDARD, from, to)).isEqualTo(minutes);
	}

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({ "2026-05-31T23:00:00Z, 0, 2026-06-01T00:30:00Z", "2026-05-31T23:30:00Z, 60, 2026-06-01T01:30:00Z",
			"2026-06-01T08:50:00Z, 10, 2026-06-01T09:00:00Z", "2026-06-01T08:50:00Z, 11, 2026-06-02T00:31:00Z",
			"2026-06-05T03:00:00Z, 510, 2026-06-08T03:00:00Z" })
	void addsToInstantsInUtc(Instant from, long minutes, Instant expected) {
		assertThat(WorkingTime.addMinutes(STANDARD, from, minutes)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} → {1}: WITA {2}, WIB {3}")
	@CsvSource({
			// 07:30 WITA is 23:30Z the day before, an hour ahead of Jakarta
			"2026-05-31T23:30:00Z, 2026-06-01T08:00:00Z, 510, 450", "2026-06-01T08:00:00Z, 2026-06-01T09:00:00Z, 0, 60",
			"2026-05-31T22:00:00Z, 2026-06-02T00:30:00Z, 570, 510" })
	void aRegionInMakassarWorksAnHourEarlierThanJakarta(Instant from, Instant to, long makassar, long jakarta) {
		WorkingCalendar wita = new WorkingCalendar(MAKASSAR, STANDARD.workingDays(), STANDARD.workStart(),
				STANDARD.workEnd(), STANDARD.holidays());
		assertThat(WorkingTime.minutesBetween(wita, from, to)).isEqualTo(makassar);
		assertThat(WorkingTime.minutesBetween(STANDARD, from, to)).isEqualTo(jakarta);
		assertThat(WorkingTime.addMinutes(wita, Instant.parse("2026-05-31T22:00:00Z"), 0))
			.isEqualTo(Instant.parse("2026-05-31T23:30:00Z"));
	}

	@ParameterizedTest(name = "{1} {2} from {0} -> {3}")
	@CsvSource({ "2026-06-05T10:00, 1, WORKING_DAYS, 2026-06-06T10:00",
			"2026-06-06T10:00, 1, WORKING_DAYS, 2026-06-08T10:00", "2026-06-06T13:00, 2, HOURS, 2026-06-08T09:00",
			"2026-08-15T10:00, 1, WORKING_DAYS, 2026-08-18T10:00",
			"2026-06-01T08:00, 6, WORKING_DAYS, 2026-06-06T14:00",
			"2026-06-01T08:00, 0.5, WORKING_DAYS, 2026-06-01T11:00" })
	void aSixDayWeekWorksOnSaturdays(LocalDateTime from, BigDecimal amount, TimeUnit unit, LocalDateTime due) {
		StandardTime standard = new StandardTime(amount, unit);
		Instant start = from.atZone(MAKASSAR).toInstant();
		Instant end = due.atZone(MAKASSAR).toInstant();
		assertThat(WorkingTime.due(SIX_DAYS, start, standard)).isEqualTo(end);
		assertThat(WorkingTime.minutesBetween(SIX_DAYS, start, end)).isEqualTo(standard.minutes(SIX_DAYS));
	}

	@Test
	void longSpansAreComputedWithoutWalkingEveryDay() {
		// A century of working days without holidays: 5 200 weeks from a Monday morning
		WorkingCalendar calendar = WorkingCalendar.standard(Set.of());
		Instant from = wib(LocalDateTime.of(2026, 1, 5, 7, 30));
		long minutes = 510L * 5 * 52 * 100;
		Instant expected = wib(LocalDate.of(2026, 1, 5).plusWeeks(5200).minusDays(3).atTime(16, 0));
		assertThat(WorkingTime.addMinutes(calendar, from, minutes)).isEqualTo(expected);
		assertThat(WorkingTime.minutesBetween(calendar, from, expected)).isEqualTo(minutes);
		assertThat(WorkingTime.minutesBetween(calendar, from, expected.plusSeconds(1))).isEqualTo(minutes);
	}

	@Test
	void refusesNegativeMinutes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WorkingTime.addMinutes(STANDARD, wib(LocalDateTime.of(2026, 6, 1, 10, 0)), -1))
			.withMessageContaining("negative");
	}

	private static Instant wib(LocalDateTime local) {
		return local.atZone(JAKARTA).toInstant();
	}

}
