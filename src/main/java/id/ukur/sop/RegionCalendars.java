package id.ukur.sop;

import java.util.HashSet;

import id.ukur.organization.Calendars;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionView;

import org.springframework.stereotype.Service;

/**
 * The working calendar of a region as the time standards use it: its days, hours, zone
 * and holidays.
 */
@Service
public class RegionCalendars {

	private final Organization organization;

	private final Calendars calendars;

	RegionCalendars(Organization organization, Calendars calendars) {
		this.organization = organization;
		this.calendars = calendars;
	}

	/**
	 * @param regionId the region
	 * @return its working calendar, holidays of every year included
	 */
	public WorkingCalendar of(long regionId) {
		RegionView region = this.organization.region(regionId);
		return new WorkingCalendar(region.timeZone(), region.workingDays(), region.workStart(), region.workEnd(),
				new HashSet<>(this.calendars.holidayDates(regionId)));
	}

}
