package id.ukur.organization;

import java.time.LocalDate;

/** A national or regional holiday of a region's working calendar. */
public record HolidayView(long id, LocalDate date, String name) {
}
