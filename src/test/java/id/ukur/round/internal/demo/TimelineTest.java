package id.ukur.round.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimelineTest {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@Test
	void workThatDoesNotFitInADayGoesOnTheNextWorkingDay() {
		// Friday 3 April 2026, 15:30: half an hour left, the rest on Monday from 07:30
		Timeline time = new Timeline(JAKARTA, LocalDate.of(2026, 4, 3), 480);
		assertThat(local(time)).isEqualTo(LocalDateTime.of(2026, 4, 3, 15, 30));
		time.work(90);
		assertThat(local(time)).isEqualTo(LocalDateTime.of(2026, 4, 6, 8, 30));
	}

	@Test
	void aWeekendStartBeginsOnMondayAndTheStoryNeverGoesBack() {
		Timeline time = new Timeline(JAKARTA, LocalDate.of(2026, 4, 4), 30);
		assertThat(local(time)).isEqualTo(LocalDateTime.of(2026, 4, 6, 8, 0));
		time.moveTo(LocalDate.of(2026, 4, 1), 0);
		assertThat(local(time)).isEqualTo(LocalDateTime.of(2026, 4, 6, 8, 0));
		time.laterDays(2, 60);
		assertThat(local(time)).isEqualTo(LocalDateTime.of(2026, 4, 8, 8, 30));
	}

	@Test
	void actsRunOnTheStorysClock() {
		Timeline time = new Timeline(JAKARTA, LocalDate.of(2025, 4, 7), 6);
		assertThat(time.act(() -> java.time.Clock.systemUTC().instant())).isAfter(time.now());
		assertThat(time.act(() -> new id.ukur.shared.PinnableClock(java.time.Clock.systemUTC()).instant()))
			.isEqualTo(time.now());
	}

	private static LocalDateTime local(Timeline time) {
		return LocalDateTime.ofInstant(time.now(), JAKARTA);
	}

}
