package id.ukur.report.web;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionClock;
import id.ukur.report.AgencyDashboards;
import id.ukur.shared.InvalidInputException;

/**
 * The {@code year} a dashboard is asked for: absent means this year of the user's region;
 * anything but a year from {@link AgencyDashboards#FIRST_YEAR} to
 * {@link AgencyDashboards#LAST_YEAR} is refused naming the field.
 */
final class DashboardYears {

	private DashboardYears() {
	}

	static int of(String year, CurrentUser user, RegionClock clock) {
		if (year == null || year.isBlank()) {
			return clock.today(user).getYear();
		}
		try {
			int value = Integer.parseInt(year.trim());
			if (value >= AgencyDashboards.FIRST_YEAR && value <= AgencyDashboards.LAST_YEAR) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, as a year out of range is
		}
		throw new InvalidInputException("year", "dashboard.year.invalid", AgencyDashboards.FIRST_YEAR,
				AgencyDashboards.LAST_YEAR);
	}

}
