package id.ukur.plan.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionClock;
import id.ukur.organization.UnitView;
import id.ukur.plan.PlanAction;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.plan.Plans;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rencana kinerja: the plan tree of an agency and year, an indicator's details, copying a
 * year.
 */
@Controller
class PlanPagesController {

	private final Plans plans;

	private final Organization organization;

	private final RegionClock clock;

	PlanPagesController(Plans plans, Organization organization, RegionClock clock) {
		this.plans = plans;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/plans")
	String start(@AuthenticationPrincipal CurrentUser user) {
		if (user.agencyCode() != null) {
			return "redirect:/agencies/" + user.agencyCode() + "/plans";
		}
		return "redirect:/agencies";
	}

	@GetMapping("/agencies/{agency}/plans")
	String current(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user) {
		this.organization.agency(agency, user);
		return "redirect:/agencies/" + agency + "/plans/" + this.clock.today(user).getYear();
	}

	@GetMapping("/agencies/{agency}/plans/{year}")
	String tree(@PathVariable String agency, @PathVariable int year, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		PlanDocument document = this.plans.document(agency, year, user).orElse(null);
		common(agency, year, user, model);
		model.addAttribute("document", document);
		model.addAttribute("outline", (document != null) ? PlanOutline.of(document) : null);
		return "plan/tree";
	}

	@GetMapping("/agencies/{agency}/plans/{year}/indicators/{code}")
	String indicator(@PathVariable String agency, @PathVariable int year, @PathVariable String code,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		PlanDocument document = this.plans.document(agency, year, user)
			.orElseThrow(() -> new NotFoundException("plan.unknown", year));
		PlanOutline.Placed placed = PlanOutline.of(document)
			.indicators()
			.stream()
			.filter((candidate) -> candidate.indicator().code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("plan.indicator.unknown", code));
		common(agency, year, user, model);
		model.addAttribute("document", document);
		model.addAttribute("placed", placed);
		model.addAttribute("indicator", placed.indicator());
		return "plan/indicator";
	}

	@PostMapping("/agencies/{agency}/plans/{year}/copy")
	String copy(@PathVariable String agency, @PathVariable int year, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.plans.copyToNextYear(agency, year, user);
			redirect.addFlashAttribute("message", "plan.copied");
			return "redirect:/agencies/" + agency + "/plans/" + (year + 1);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.problems().get(0));
			return "redirect:/agencies/" + agency + "/plans/" + year;
		}
	}

	void common(String agency, int year, CurrentUser user, Model model) {
		model.addAttribute("agency", this.organization.agency(agency, user));
		model.addAttribute("year", year);
		model.addAttribute("years", this.plans.years(agency, user));
		// what the reader may do, as the plan policy decides (docs/security.md): pages
		// show only these actions
		java.util.Set<PlanAction> actions = this.plans.actions(agency, user);
		model.addAttribute("canEdit", actions.contains(PlanAction.EDIT));
		model.addAttribute("planActions", actions.stream().map(PlanAction::name).collect(Collectors.toSet()));
		// once the PK is signed, every change form asks for a reason
		model.addAttribute("pkSignedOn", this.plans.pkSignedOn(agency, year, user).orElse(null));
		model.addAttribute("unitNames", unitNames(agency, user));
	}

	private Map<String, String> unitNames(String agency, CurrentUser user) {
		List<UnitView> units = this.organization.units(agency, user);
		return units.stream().collect(Collectors.toMap(UnitView::code, UnitView::name));
	}

}
