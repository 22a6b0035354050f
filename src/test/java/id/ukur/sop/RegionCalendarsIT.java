package id.ukur.sop;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

import id.ukur.organization.Organization;
import id.ukur.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A region's stored calendar drives the working-time arithmetic of its SOP steps. */
class RegionCalendarsIT extends IntegrationTest {

	@Autowired
	RegionCalendars calendars;

	@Autowired
	Organization organization;

	@Test
	void theRegionsHolidaysAndHoursAreWorkingTime() {
		long region = this.organization.agencyByCode("wkn-dpmk").orElseThrow().regionId();
		WorkingCalendar calendar = this.calendars.of(region);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 17))).as("Hari Kemerdekaan").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 18))).isTrue();
		assertThat(calendar.workingDays()).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		// "3 hari" of collection started on Friday 14 August 2026 at 09:00 WIB: Monday
		// 17th is a holiday
		Instant start = Instant.parse("2026-08-14T02:00:00Z");
		Instant due = WorkingTime.due(calendar, start,
				new StandardTime(java.math.BigDecimal.valueOf(3), TimeUnit.WORKING_DAYS));
		assertThat(due).isEqualTo(Instant.parse("2026-08-20T02:00:00Z"));
	}

}
