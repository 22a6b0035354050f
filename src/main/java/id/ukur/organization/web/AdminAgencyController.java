package id.ukur.organization.web;

import java.util.List;

import id.ukur.organization.AgencyReadiness;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.OrganizationSetup;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An agency for its administrator: everything it needs before its first round, each with
 * who does it and a link to where.
 */
@Controller
class AdminAgencyController {

	private final Organization organization;

	private final OrganizationSetup setup;

	AdminAgencyController(Organization organization, OrganizationSetup setup) {
		this.organization = organization;
		this.setup = setup;
	}

	@GetMapping("/admin/agencies/{agency}")
	String agency(@PathVariable String agency, @AuthenticationPrincipal CurrentUser admin, Model model) {
		List<AgencyReadiness.Item> items = this.setup.readiness(agency, admin);
		model.addAttribute("agency", this.organization.agency(agency, admin));
		model.addAttribute("items", items);
		model.addAttribute("ready", items.stream().allMatch(AgencyReadiness.Item::done));
		return "admin/agency";
	}

}
