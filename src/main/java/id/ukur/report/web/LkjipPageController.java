package id.ukur.report.web;

import java.util.Locale;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionClock;
import id.ukur.report.internal.lkjip.Lkjip;
import id.ukur.report.internal.lkjip.LkjipService;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The LKjIP chapter III tables of an agency and year as a page with its XLSX and Word
 * downloads (docs/dashboards.md).
 */
@Controller
class LkjipPageController {

	private final LkjipService lkjip;

	private final Organization organization;

	private final RegionClock clock;

	LkjipPageController(LkjipService lkjip, Organization organization, RegionClock clock) {
		this.lkjip = lkjip;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/dasbor/{agency}/lkjip")
	String current(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user) {
		this.organization.agency(agency, user);
		return "redirect:/dasbor/" + agency + "/lkjip/" + this.clock.today(user).getYear();
	}

	@GetMapping("/dasbor/{agency}/lkjip/{year}")
	String page(@PathVariable String agency, @PathVariable int year, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		Lkjip tables = this.lkjip.tables(agency, year, user, locale);
		model.addAttribute("agency", this.organization.agency(agency, user));
		model.addAttribute("lkjip", tables);
		model.addAttribute("years", this.lkjip.years(agency, user));
		return "report/lkjip";
	}

	@GetMapping("/dasbor/{agency}/lkjip/{year}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String agency, @PathVariable int year,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Lkjip tables = this.lkjip.tables(agency, year, user, locale);
		return LkjipFiles.file(this.lkjip.xlsx(tables, locale), LkjipFiles.XLSX, tables.agencyCode(), year);
	}

	@GetMapping("/dasbor/{agency}/lkjip/{year}.docx")
	ResponseEntity<byte[]> docx(@PathVariable String agency, @PathVariable int year,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Lkjip tables = this.lkjip.tables(agency, year, user, locale);
		return LkjipFiles.file(this.lkjip.docx(tables, locale), LkjipFiles.DOCX, tables.agencyCode(), year);
	}

}
