package id.ukur.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionClock;

import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a controller slice ({@code @WebMvcTest}) of a page needs beyond its controller and
 * the facades it mocks: {@code @fmt} for the templates, the problem writer of the body
 * limit filter, and a region clock in Jakarta's zone on a fixed day. The slice runs
 * Spring Boot's default security (every page signed in, CSRF on posts), the same two
 * rules the pages' filter chain applies to them.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ Formats.class, ProblemWriter.class })
public class PageSlice {

	/** The day every slice test runs on. */
	public static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Bean
	RegionClock regionClock() {
		RegionClock clock = Mockito.mock(RegionClock.class);
		given(clock.currentZone()).willReturn(RegionClock.FALLBACK_ZONE);
		given(clock.zone(anyLong())).willReturn(RegionClock.FALLBACK_ZONE);
		given(clock.zone(any(CurrentUser.class))).willReturn(RegionClock.FALLBACK_ZONE);
		given(clock.today(any(CurrentUser.class))).willReturn(TODAY);
		given(clock.today(anyLong())).willReturn(TODAY);
		given(clock.today()).willReturn(TODAY);
		return clock;
	}

}
