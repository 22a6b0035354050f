package id.ukur.organization.web;

import java.util.EnumSet;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.OrganizationSetup;
import id.ukur.organization.RegionCommand;
import id.ukur.organization.RegionKind;
import id.ukur.organization.RegionView;
import id.ukur.organization.Role;
import id.ukur.organization.UserAccounts;
import id.ukur.organization.UserCommand;
import id.ukur.shared.FormErrors;
import id.ukur.shared.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The installation's regions (installation administrator): every region with its
 * administrators, a new region, and a region's administrator.
 */
@Controller
@RequestMapping("/admin/regions")
class AdminRegionsController {

	private final OrganizationSetup setup;

	private final UserAccounts accounts;

	AdminRegionsController(OrganizationSetup setup, UserAccounts accounts) {
		this.setup = setup;
		this.accounts = accounts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		return page(admin, model, new RegionCommand("", "", RegionKind.KABUPATEN, "Asia/Jakarta"),
				new AdministratorForm("", "", "", ""));
	}

	@PostMapping
	String createRegion(@Valid @ModelAttribute("regionForm") RegionCommand command, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				RegionView created = this.setup.createRegion(command, admin);
				redirect.addFlashAttribute("saved", created.name());
				redirect.addFlashAttribute("newRegion", created.code());
				return "redirect:/admin/regions";
			}
			catch (InvalidInputException ex) {
				FormErrors.copy(result, ex);
			}
		}
		return page(admin, model, null, new AdministratorForm("", "", "", ""));
	}

	@PostMapping("/administrators")
	String createAdministrator(@Valid @ModelAttribute("adminForm") AdministratorForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UserAccounts.CreatedUser created = this.accounts.createUser(admin, form.region(),
						new UserCommand(form.username(), form.displayName(), form.email(), null, null, null,
								EnumSet.of(Role.ADMIN), null));
				redirect.addFlashAttribute("saved", created.user().username());
				redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
				return "redirect:/admin/regions";
			}
			catch (InvalidInputException ex) {
				FormErrors.copy(result, ex);
			}
		}
		return page(admin, model, new RegionCommand("", "", RegionKind.KABUPATEN, "Asia/Jakarta"), null);
	}

	private String page(CurrentUser admin, Model model, RegionCommand regionForm, AdministratorForm adminForm) {
		model.addAttribute("regions", this.setup.regionsWithAdministrators(admin));
		model.addAttribute("kinds", RegionKind.values());
		if (regionForm != null) {
			model.addAttribute("regionForm", regionForm);
		}
		if (adminForm != null) {
			model.addAttribute("adminForm", adminForm);
		}
		return "admin/regions";
	}

	/** A region's administrator: which region, and the account. */
	record AdministratorForm(@NotBlank(message = "{validation.required}") String region,
			@NotBlank(message = "{validation.required}") @Size(min = 3, max = 60,
					message = "{validation.size.range}") @Pattern(regexp = "^$|[a-z0-9][a-z0-9._-]*",
							message = "{validation.username.pattern}") String username,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.size.max}") String displayName,
			@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.size.max}") String email) {
	}

}
