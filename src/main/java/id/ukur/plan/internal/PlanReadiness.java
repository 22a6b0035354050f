package id.ukur.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.ukur.organization.AgencyReadiness;
import id.ukur.organization.AgencyView;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan module's part of what an agency needs for a round: a plan of this year (in the
 * region's calendar) with indicators.
 */
@Component
class PlanReadiness implements AgencyReadiness {

	private final JdbcClient jdbc;

	private final Organization organization;

	private final Clock clock;

	PlanReadiness(JdbcClient jdbc, Organization organization, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.clock = clock;
	}

	@Override
	public List<Item> check(AgencyView agency) {
		int year = LocalDate.ofInstant(this.clock.instant(), this.organization.region(agency.regionId()).timeZone())
			.getYear();
		long indicators = this.jdbc
			.sql("select count(*) from indicator i join plan p on p.id = i.plan_id where p.agency_id = ?"
					+ " and p.plan_year = ?")
			.params(agency.id(), year)
			.query(Long.class)
			.single();
		return List.of(new Item(60, "readiness.plan", new Object[] { year, indicators }, indicators > 0, Role.PLANNER,
				"/agencies/" + agency.code() + "/plans/" + year));
	}

}
