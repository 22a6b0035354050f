package id.ukur.report;

import java.util.Locale;

import id.ukur.organization.CurrentUser;

/**
 * The agency dashboard (docs/dashboards.md, "Agency dashboard"): read by the agency's
 * roles and the region-wide roles of its region; for anyone else the agency does not
 * exist ({@link id.ukur.shared.NotFoundException}).
 */
public interface AgencyDashboards {

	/**
	 * @throws id.ukur.shared.InvalidInputException naming {@code year} outside the years
	 * of {@link ReportYears}
	 */
	AgencyDashboard dashboard(String agencyCode, int year, CurrentUser user);

	/**
	 * @throws id.ukur.shared.NotFoundException when the year has no such objective
	 */
	ObjectiveDrill objective(String agencyCode, String objectiveCode, int year, CurrentUser user);

	/**
	 * @throws id.ukur.shared.NotFoundException when no round holds the indicator
	 */
	IndicatorHistory indicator(String agencyCode, String indicatorCode, CurrentUser user);

	/** The dashboard as a printable PDF with the same figures and charts. */
	byte[] pdf(String agencyCode, int year, CurrentUser user, Locale locale);

}
