package id.ukur.sop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** sop.md §3: a region's working days and hours, holidays and zone. */
class WorkingCalendarTest {

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@Test
	void theStandardCalendarIsMondayToFridayHalfPastSevenToFourInJakarta() {
		WorkingCalendar calendar = WorkingCalendar.standard(Set.of(LocalDate.of(2026, 8, 17)));
		assertThat(calendar.zone()).isEqualTo(JAKARTA);
		assertThat(calendar.workingDays()).containsExactlyInAnyOrderElementsOf(WEEKDAYS);
		assertThat(calendar.workStart()).isEqualTo(LocalTime.of(7, 30));
		assertThat(calendar.workEnd()).isEqualTo(LocalTime.of(16, 0));
		assertThat(calendar.dailyMinutes()).isEqualTo(510);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "2026-08-17, false", // Hari Kemerdekaan, a Monday
			"2026-08-18, true", "2026-08-14, true", "2026-08-15, false", "2026-08-16, false", "2026-12-25, false", // Natal,
																													// a
																													// Friday
			"2026-12-24, true" })
	void workingDaysAreWeekdaysThatAreNotHolidays(LocalDate date, boolean working) {
		WorkingCalendar calendar = WorkingCalendar
			.standard(Set.of(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 8, 16)));
		assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
	}

	@ParameterizedTest(name = "{0}–{1} -> {2}")
	@CsvSource({ "07:30, 16:00, 510", "08:00, 14:00, 360", "00:00, 23:59, 1439", "09:00, 09:01, 1",
			"08:00, 12:30:30, 270" })
	void dailyMinutesAreTheWorkingHours(LocalTime start, LocalTime end, long minutes) {
		assertThat(new WorkingCalendar(JAKARTA, WEEKDAYS, start, end, Set.of()).dailyMinutes()).isEqualTo(minutes);
	}

	@ParameterizedTest(name = "{0}–{1}")
	@CsvSource({ "16:00, 16:00", "16:00, 07:30", "22:00, 06:00" })
	void workMustStartBeforeItEnds(LocalTime start, LocalTime end) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingCalendar(JAKARTA, WEEKDAYS, start, end, Set.of()))
			.withMessageContaining("start before");
	}

	@Test
	void refusesMissingOrEmptyParts() {
		LocalTime start = LocalTime.of(7, 30);
		LocalTime end = LocalTime.of(16, 0);
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkingCalendar(null, WEEKDAYS, start, end, Set.of()))
			.withMessageContaining("time zone");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingCalendar(JAKARTA, Set.of(), start, end, Set.of()))
			.withMessageContaining("at least one working day");
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkingCalendar(JAKARTA, null, start, end, Set.of()))
			.withMessageContaining("at least one working day");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingCalendar(JAKARTA, WEEKDAYS, null, end, Set.of()))
			.withMessageContaining("working hours");
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkingCalendar(JAKARTA, WEEKDAYS, start, end, null))
			.withMessageContaining("holidays");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingCalendar(JAKARTA, WEEKDAYS, start, end,
					new HashSet<>(Arrays.asList(LocalDate.of(2026, 8, 17), null))))
			.withMessageContaining("must not contain null");
	}

	@Test
	void copiesTheSetsItIsGiven() {
		Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
		Set<LocalDate> holidays = new HashSet<>();
		WorkingCalendar calendar = new WorkingCalendar(JAKARTA, days, LocalTime.of(8, 0), LocalTime.of(12, 0),
				holidays);
		days.add(DayOfWeek.TUESDAY);
		holidays.add(LocalDate.of(2026, 8, 17));
		assertThat(calendar.workingDays()).containsExactly(DayOfWeek.MONDAY);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 17))).isTrue();
		assertThatThrownBy(() -> calendar.holidays().add(LocalDate.of(2026, 1, 1)))
			.isInstanceOf(UnsupportedOperationException.class);
	}

}
