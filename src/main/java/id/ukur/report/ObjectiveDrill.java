package id.ukur.report;

import java.util.List;

/**
 * One objective of an agency's year and its indicators, period by period: the step
 * between the dashboard and an indicator's history.
 */
public record ObjectiveDrill(AgencyDashboard.Agency agency, int year, List<AgencyDashboard.Column> columns,
		AgencyDashboard.Series objective, List<AgencyDashboard.Series> indicators) {

	/**
	 * @return the objective's row alone, for the table of its achievement
	 */
	public List<AgencyDashboard.Series> objectiveRows() {
		return List.of(this.objective);
	}

}
