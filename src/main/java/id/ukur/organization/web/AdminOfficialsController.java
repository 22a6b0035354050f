package id.ukur.organization.web;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.OfficialCommand;
import id.ukur.organization.OfficialView;
import id.ukur.organization.Organization;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FormErrors;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;
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

/** Officials of an agency (name, position, rank, NIP): list, add, edit, deactivate. */
@Controller
@RequestMapping("/admin/agencies/{agency}/officials")
class AdminOfficialsController {

	private final Organization organization;

	AdminOfficialsController(Organization organization) {
		this.organization = organization;
	}

	@GetMapping
	String list(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(agency, user, model, new OfficialCommand("", "", "", "", null), null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable String agency, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		OfficialView view = this.organization.officials(agency, user)
			.stream()
			.filter((official) -> official.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("organization.official.unknown"));
		return page(agency, user, model,
				new OfficialCommand(view.name(), view.position(), view.rank(), view.nip(), view.version()), id);
	}

	@PostMapping
	String create(@PathVariable String agency, @Valid @ModelAttribute("officialForm") OfficialCommand command,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				OfficialView created = this.organization.createOfficial(agency, command, user);
				redirect.addFlashAttribute("saved", created.name());
				return "redirect:/admin/agencies/" + agency + "/officials";
			}
			catch (InvalidInputException ex) {
				FormErrors.copy(result, ex);
			}
		}
		return page(agency, user, model, null, null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String agency, @PathVariable long id,
			@Valid @ModelAttribute("officialForm") OfficialCommand command, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				OfficialView saved = this.organization.updateOfficial(agency, id, command, user);
				redirect.addFlashAttribute("saved", saved.name());
				return "redirect:/admin/agencies/" + agency + "/officials";
			}
			catch (InvalidInputException ex) {
				FormErrors.copy(result, ex);
			}
			catch (ConflictException ex) {
				result.reject(ex.getMessage());
			}
		}
		return page(agency, user, model, null, id);
	}

	@PostMapping("/{id}/active")
	String active(@PathVariable String agency, @PathVariable long id, @RequestParam boolean active,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.organization.setOfficialActive(agency, id, active, user);
		return "redirect:/admin/agencies/" + agency + "/officials";
	}

	private String page(String agency, CurrentUser user, Model model, OfficialCommand form, Long editing) {
		model.addAttribute("agency", this.organization.agency(agency, user));
		model.addAttribute("officials", this.organization.officials(agency, user));
		model.addAttribute("editing", editing);
		if (form != null) {
			model.addAttribute("officialForm", form);
		}
		return "admin/officials";
	}

}
