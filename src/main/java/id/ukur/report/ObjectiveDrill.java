package id.ukur.report;

import java.util.List;

/**
 * One objective of an agency's year and its indicators, period by period: the step
 * between the dashboard and an indicator's history.
 */
public record ObjectiveDrill(AgencyDashboard.Agency agency, int year, List<AgencyDashboard.Column> columns,
		AgencyDashboard.Series objective, List<AgencyDashboard.Series> indicators) {
}
