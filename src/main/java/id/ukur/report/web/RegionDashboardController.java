package id.ukur.report.web;

import id.ukur.organization.CurrentUser;
import id.ukur.report.internal.region.RegionDashboard;
import id.ukur.report.internal.region.RegionDashboards;
import id.ukur.report.internal.region.RegionWorkbook;
import id.ukur.round.Period;
import id.ukur.round.Periods;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Dasbor wilayah: the region dashboard of the signed-in region-wide user's own region, as
 * a page and as a workbook (docs/dashboards.md, "Region dashboard").
 */
@Controller
class RegionDashboardController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RegionDashboards dashboards;

	private final RegionWorkbook workbook;

	RegionDashboardController(RegionDashboards dashboards, RegionWorkbook workbook) {
		this.dashboards = dashboards;
		this.workbook = workbook;
	}

	@GetMapping("/dasbor/wilayah")
	String page(@RequestParam(required = false) String year, @RequestParam(required = false) String period,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		RegionDashboard dashboard = read(year, period, user, locale);
		int thisYear = this.dashboards.currentYear(user);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("years",
				IntStream.rangeClosed(thisYear - 4, thisYear + 1)
					.boxed()
					.sorted(java.util.Comparator.reverseOrder())
					.toList());
		model.addAttribute("periodChoices", choices());
		return "report/region";
	}

	@GetMapping("/dasbor/wilayah.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year,
			@RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		RegionDashboard dashboard = read(year, period, user, locale);
		String name = "dasbor-" + dashboard.regionCode() + "-" + dashboard.year() + "-" + dashboard.period().code()
				+ ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.workbook.xlsx(dashboard, locale));
	}

	private RegionDashboard read(String year, String period, CurrentUser user, Locale locale) {
		return this.dashboards.of(user.regionCode(), this.dashboards.year(year, user), RegionDashboards.period(period),
				user, locale);
	}

	/** The periods to choose from, by label. */
	private static List<Choice> choices() {
		return Arrays.stream(Period.values()).map((p) -> new Choice(p.name(), Periods.label(p))).toList();
	}

	/** A period in the chooser: its code (the value sent) and its label. */
	record Choice(String code, String label) {
	}

}
