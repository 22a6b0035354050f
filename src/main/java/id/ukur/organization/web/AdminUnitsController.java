package id.ukur.organization.web;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.UnitCommand;
import id.ukur.organization.UnitKind;
import id.ukur.organization.UnitView;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FormErrors;
import id.ukur.shared.InvalidInputException;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Units of an agency: list, add, edit, deactivate (region administrator). */
@Controller
@RequestMapping("/admin/agencies/{agency}/units")
class AdminUnitsController {

	private final Organization organization;

	AdminUnitsController(Organization organization) {
		this.organization = organization;
	}

	@GetMapping
	String list(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(agency, user, model, new UnitCommand("", "", UnitKind.DIVISION, null), null);
	}

	@GetMapping("/{unit}")
	String edit(@PathVariable String agency, @PathVariable String unit, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		UnitView view = this.organization.unit(agency, unit, user);
		return page(agency, user, model, new UnitCommand(view.code(), view.name(), view.kind(), view.version()),
				view.code());
	}

	@PostMapping
	String create(@PathVariable String agency, @Valid @ModelAttribute("unitForm") UnitCommand command,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UnitView created = this.organization.createUnit(agency, command, user);
				redirect.addFlashAttribute("saved", created.code());
				return "redirect:/admin/agencies/" + agency + "/units";
			}
			catch (InvalidInputException ex) {
				FormErrors.copy(result, ex);
			}
		}
		return page(agency, user, model, null, null);
	}

	@PostMapping("/{unit}")
	String update(@PathVariable String agency, @PathVariable String unit,
			@Valid @ModelAttribute("unitForm") UnitCommand command, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UnitView saved = this.organization.updateUnit(agency, unit, command, user);
				redirect.addFlashAttribute("saved", saved.code());
				return "redirect:/admin/agencies/" + agency + "/units";
			}
			catch (InvalidInputException ex) {
				FormErrors.copy(result, ex);
			}
			catch (ConflictException ex) {
				result.reject(ex.getMessage());
			}
		}
		return page(agency, user, model, null, unit);
	}

	@PostMapping("/{unit}/active")
	String active(@PathVariable String agency, @PathVariable String unit, @RequestParam boolean active,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.organization.setUnitActive(agency, unit, active, user);
		redirect.addFlashAttribute("saved", unit);
		return "redirect:/admin/agencies/" + agency + "/units";
	}

	private String page(String agency, CurrentUser user, Model model, UnitCommand form, String editing) {
		model.addAttribute("agency", this.organization.agency(agency, user));
		model.addAttribute("units", this.organization.units(agency, user));
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("editing", editing);
		if (form != null) {
			model.addAttribute("unitForm", form);
		}
		return "admin/units";
	}

}
