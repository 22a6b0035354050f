package id.ukur.report.web;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionClock;
import id.ukur.report.ReportYears;

/**
 * The {@code year} a dashboard is asked for: absent means this year of the user's region;
 * anything but a year of {@link ReportYears} is refused naming the field.
 */
final class DashboardYears {

	private DashboardYears() {
	}

	static int of(String year, CurrentUser user, RegionClock clock) {
		return ReportYears.parse(year, () -> clock.today(user).getYear());
	}

}
