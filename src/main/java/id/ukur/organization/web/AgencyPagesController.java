package id.ukur.organization.web;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Read-only pages: the agencies a user may see, and one agency's units and officials. */
@Controller
class AgencyPagesController {

	private final Organization organization;

	AgencyPagesController(Organization organization) {
		this.organization = organization;
	}

	@GetMapping("/agencies")
	String agencies(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("agencies", this.organization.agenciesVisibleTo(user));
		model.addAttribute("region", this.organization.region(user.regionId()));
		model.addAttribute("canReadRegionJournal", user.readsRegionJournal(user.regionId()));
		return "organization/agencies";
	}

	@GetMapping("/agencies/{code}")
	String agency(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
		AgencyView agency = this.organization.agency(code, user);
		model.addAttribute("agency", agency);
		model.addAttribute("units", this.organization.units(code, user));
		model.addAttribute("officials", this.organization.officials(code, user));
		model.addAttribute("canAdminister", user.administers(agency.regionId()));
		model.addAttribute("canReadJournal", user.readsJournalOf(agency));
		return "organization/agency";
	}

}
