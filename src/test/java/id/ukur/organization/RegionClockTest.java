package id.ukur.organization;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** "Today" is the region's today, not the server's (docs/formats.md). */
class RegionClockTest {

	@ParameterizedTest(name = "{0} in {1} is {2}")
	@CsvSource({ "2026-12-31T16:30:00Z, Asia/Jakarta, 2026-12-31", "2026-12-31T16:30:00Z, Asia/Makassar, 2027-01-01",
			"2026-12-31T14:30:00Z, Asia/Jayapura, 2026-12-31", "2026-12-31T15:30:00Z, Asia/Jayapura, 2027-01-01",
			"2026-06-30T23:59:00Z, Asia/Makassar, 2026-07-01" })
	void todayIsTheRegionsToday(Instant now, String zone, LocalDate today) {
		Organization organization = mock(Organization.class);
		given(organization.region(7)).willReturn(region(ZoneId.of(zone)));
		RegionClock clock = new RegionClock(organization, Clock.fixed(now, ZoneOffset.UTC));
		CurrentUser user = new CurrentUser(1, "u", "", "U", 7, "r", null, null, null, null, Set.of(), true);
		assertThat(clock.today(7)).isEqualTo(today);
		assertThat(clock.today(user)).isEqualTo(today);
		assertThat(clock.zone(user)).isEqualTo(ZoneId.of(zone));
	}

	private static RegionView region(ZoneId zone) {
		return new RegionView(7, "r", "Region", RegionKind.KABUPATEN, zone, Set.of(DayOfWeek.MONDAY),
				LocalTime.of(7, 30), LocalTime.of(16, 0), "SAKIP", BigDecimal.TEN, BigDecimal.ONE, "C", 0);
	}

}
