package id.ukur.round.internal;

import java.util.List;

import id.ukur.organization.AgencyView;
import id.ukur.round.ActionPlanView;
import id.ukur.round.FormStatus;
import id.ukur.round.FormTimeliness;
import id.ukur.round.IndicatorFactors;
import id.ukur.round.Period;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads of the agency dashboard beyond the figures (docs/dashboards.md, "Agency
 * dashboard"): each one query over all the agency's rounds it needs, never one per round.
 * The caller has checked that the user may read the agency.
 */
@Component
class AgencyDashboardQueries {

	private final JdbcClient jdbc;

	AgencyDashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FormTimeliness> forms(AgencyView agency, int year) {
		return this.jdbc
			.sql("select r.id, r.round_year, r.period, r.deadline, f.unit_code, f.status, f.submitted_at, f.late"
					+ " from round_form f join measurement_round r on r.id = f.round_id"
					+ " where r.agency_id = ? and r.round_year = ? and r.status <> 'CANCELLED'"
					+ " order by r.id, f.unit_code")
			.params(agency.id(), year)
			.query((rs, row) -> new FormTimeliness(rs.getLong("id"), rs.getInt("round_year"),
					Period.valueOf(rs.getString("period")), Sql.localDate(rs, "deadline"), rs.getString("unit_code"),
					FormStatus.valueOf(rs.getString("status")), Sql.instant(rs, "submitted_at"), rs.getBoolean("late")))
			.list();
	}

	List<ActionPlanView> openActionPlans(AgencyView agency) {
		return this.jdbc
			.sql(ActionPlanStore.SELECT + " where p.agency_id = ? and p.status <> 'DONE' and r.status <> 'CANCELLED'"
					+ " order by p.due_date, p.round_id, p.indicator_code, p.id")
			.param(agency.id())
			.query(ActionPlanStore::map)
			.list();
	}

	List<IndicatorFactors> factors(AgencyView agency, String indicatorCode, int fromYear, int toYear) {
		return this.jdbc
			.sql("select r.id, r.round_year, r.period, e.indicator_code, e.unit_code, e.enabling, e.inhibiting"
					+ " from round_entry e join measurement_round r on r.id = e.round_id"
					+ " where r.agency_id = ? and r.round_year between ? and ? and r.status <> 'CANCELLED'"
					+ " and e.indicator_code = ? order by r.round_year, r.id")
			.params(agency.id(), fromYear, toYear, indicatorCode)
			.query((rs, row) -> new IndicatorFactors(rs.getLong("id"), rs.getInt("round_year"),
					Period.valueOf(rs.getString("period")), rs.getString("indicator_code"), rs.getString("unit_code"),
					rs.getString("enabling"), rs.getString("inhibiting")))
			.list();
	}

}
