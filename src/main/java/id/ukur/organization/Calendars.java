package id.ukur.organization;

import java.time.LocalDate;
import java.util.List;

/** The working calendar of a region: working days and hours, time zone, holidays. */
public interface Calendars {

	/**
	 * @return the region's holidays of one year
	 */
	List<HolidayView> holidays(long regionId, int year);

	/**
	 * @return every holiday of the region, for working-time arithmetic
	 */
	List<LocalDate> holidayDates(long regionId);

	/** Changes working days, hours and time zone (region admin only). */
	RegionView updateCalendar(CurrentUser admin, CalendarCommand command);

	/** Adds a holiday (region admin only). */
	HolidayView addHoliday(CurrentUser admin, LocalDate date, String name);

	/** Removes a holiday (region admin only). */
	void removeHoliday(CurrentUser admin, long holidayId);

}
