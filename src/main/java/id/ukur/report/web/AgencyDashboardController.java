package id.ukur.report.web;

import java.util.Locale;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionClock;
import id.ukur.report.AgencyDashboard;
import id.ukur.report.AgencyDashboards;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Dasbor: an agency's dashboard of a year, the drill-down to an objective and to one
 * indicator's history, and the printable PDF (docs/dashboards.md, "Agency dashboard").
 */
@Controller
class AgencyDashboardController {

	private final AgencyDashboards dashboards;

	private final RegionClock clock;

	AgencyDashboardController(AgencyDashboards dashboards, RegionClock clock) {
		this.dashboards = dashboards;
		this.clock = clock;
	}

	/** The user's own agency; region-wide users start from the region's dashboard. */
	@GetMapping("/dasbor")
	String start(@AuthenticationPrincipal CurrentUser user) {
		return (user.agencyCode() != null) ? "redirect:/dasbor/" + user.agencyCode() : "redirect:/dasbor/wilayah";
	}

	@GetMapping("/dasbor/{agency}")
	String dashboard(@PathVariable String agency, @RequestParam(required = false) String year,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		AgencyDashboard dashboard = this.dashboards.dashboard(agency, DashboardYears.of(year, user, this.clock), user);
		model.addAttribute("d", dashboard);
		model.addAttribute("own", agency.equals(user.agencyCode()));
		model.addAttribute("today", this.clock.today(user));
		return "report/dashboard";
	}

	@GetMapping("/dasbor/{agency}/sasaran/{code}")
	String objective(@PathVariable String agency, @PathVariable String code,
			@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("o",
				this.dashboards.objective(agency, code, DashboardYears.of(year, user, this.clock), user));
		return "report/dashboard-objective";
	}

	@GetMapping("/dasbor/{agency}/indikator/{code}")
	String indicator(@PathVariable String agency, @PathVariable String code,
			@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("h", this.dashboards.indicator(agency, code, user));
		model.addAttribute("year", DashboardYears.of(year, user, this.clock));
		return "report/dashboard-indicator";
	}

	@GetMapping("/dasbor/{agency}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String agency, @RequestParam(required = false) String year,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		int wanted = DashboardYears.of(year, user, this.clock);
		byte[] pdf = this.dashboards.pdf(agency, wanted, user, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.inline().filename("dasbor-" + agency + "-" + wanted + ".pdf").build().toString())
			.body(pdf);
	}

}
