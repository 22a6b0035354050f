package id.ukur.report.web;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionClock;
import id.ukur.report.AgencyDashboard;
import id.ukur.report.AgencyDashboards;
import id.ukur.report.IndicatorHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency dashboard for integrations (docs/api.md, "Dashboards"): the same figures as
 * the page, with the same isolation (404 for an agency the caller may not read).
 */
@RestController
@RequestMapping("/api/v1/agencies/{agency}/dashboard")
@Tag(name = "Dashboards", description = "What the rounds' calculations give back")
class AgencyDashboardApiController {

	private final AgencyDashboards dashboards;

	private final RegionClock clock;

	AgencyDashboardApiController(AgencyDashboards dashboards, RegionClock clock) {
		this.dashboards = dashboards;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "An agency's dashboard of a year (this year without ?year)")
	AgencyDashboard dashboard(@PathVariable String agency, @RequestParam(required = false) String year,
			@AuthenticationPrincipal CurrentUser user) {
		return this.dashboards.dashboard(agency, DashboardYears.of(year, user, this.clock), user);
	}

	@GetMapping("/indicators/{code}")
	@Operation(summary = "One indicator's history: every period and year on record")
	IndicatorHistory indicator(@PathVariable String agency, @PathVariable String code,
			@AuthenticationPrincipal CurrentUser user) {
		return this.dashboards.indicator(agency, code, user);
	}

}
