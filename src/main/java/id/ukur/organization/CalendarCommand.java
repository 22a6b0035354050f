package id.ukur.organization;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** Working days, working hours and time zone of a region. */
public record CalendarCommand(@NotEmpty(message = "{validation.workingDays.required}") Set<DayOfWeek> workingDays,
		@NotNull(message = "{validation.required}") LocalTime workStart,
		@NotNull(message = "{validation.required}") LocalTime workEnd,
		@NotBlank(message = "{validation.required}") String timeZone, Long version) {
}
