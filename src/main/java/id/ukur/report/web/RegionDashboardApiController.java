package id.ukur.report.web;

import id.ukur.organization.CurrentUser;
import id.ukur.report.internal.region.RegionDashboard;
import id.ukur.report.internal.region.RegionDashboards;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region dashboard for integrations (docs/api.md, "Dashboards"): the same figures as
 * the page, for the region-wide users of that region only.
 */
@RestController
@Tag(name = "Dashboards")
class RegionDashboardApiController {

	private final RegionDashboards dashboards;

	RegionDashboardApiController(RegionDashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/api/v1/regions/{region}/dashboard")
	@Operation(summary = "Where every agency of the region stands in the periods of a year, with achievements,"
			+ " ratings, who has not reported, rankings and the indicators per rating of the period")
	RegionDashboard dashboard(@PathVariable String region, @RequestParam(required = false) String year,
			@RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		return this.dashboards.of(region, this.dashboards.year(year, user), RegionDashboards.period(period), user,
				locale);
	}

}
