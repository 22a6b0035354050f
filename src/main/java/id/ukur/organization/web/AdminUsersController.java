package id.ukur.organization.web;

import java.util.EnumSet;
import java.util.Set;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;
import id.ukur.organization.UserAccounts;
import id.ukur.organization.UserCommand;
import id.ukur.organization.UserView;
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

/**
 * Users of the region: list, add, edit, deactivate, reset password (region
 * administrator).
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

	private final UserAccounts accounts;

	private final Organization organization;

	AdminUsersController(UserAccounts accounts, Organization organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	@GetMapping
	String list(@RequestParam(required = false) String agency, @AuthenticationPrincipal CurrentUser admin,
			Model model) {
		model.addAttribute("users", this.accounts.users(admin, agency));
		model.addAttribute("agencies", this.organization.agenciesVisibleTo(admin));
		model.addAttribute("agencyFilter", agency);
		return "admin/users";
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) String agency, @AuthenticationPrincipal CurrentUser admin,
			Model model) {
		return form(admin, model, new UserCommand("", "", "", agency, "", null, EnumSet.noneOf(Role.class), null),
				null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
		UserView user = this.accounts.user(admin, id);
		return form(admin, model, new UserCommand(user.username(), user.displayName(), user.email(), user.agencyCode(),
				user.unitCode(), user.officialId(), user.roles(), user.version()), user);
	}

	@PostMapping
	String save(@Valid @ModelAttribute("userForm") UserCommand command, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UserAccounts.CreatedUser created = this.accounts.createUser(admin, command);
				redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
				redirect.addFlashAttribute("saved", created.user().username());
				return "redirect:/admin/users/" + created.user().id();
			}
			catch (InvalidInputException ex) {
				FormErrors.copy(result, ex);
			}
		}
		return form(admin, model, null, null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("userForm") UserCommand command, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UserView saved = this.accounts.updateUser(admin, id, command);
				redirect.addFlashAttribute("saved", saved.username());
				return "redirect:/admin/users/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.copy(result, ex);
			}
			catch (ConflictException ex) {
				result.reject(ex.getMessage());
			}
		}
		return form(admin, model, null, this.accounts.user(admin, id));
	}

	@PostMapping("/{id}/active")
	String active(@PathVariable long id, @RequestParam boolean active, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		try {
			this.accounts.setUserActive(admin, id, active);
			redirect.addFlashAttribute("saved", this.accounts.user(admin, id).username());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refused", ex.problems().get(0).code());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("temporaryPassword", this.accounts.resetPassword(admin, id));
		return "redirect:/admin/users/" + id;
	}

	private String form(CurrentUser admin, Model model, UserCommand form, UserView existing) {
		if (form != null) {
			model.addAttribute("userForm", form);
		}
		model.addAttribute("existing", existing);
		// only an installation administrator gives the installation's role (AdminRights)
		model.addAttribute("roles",
				java.util.Arrays.stream(Role.values())
					.filter((role) -> role != Role.INSTALLATION_ADMIN || admin.administersInstallation())
					.toList());
		var agencies = this.organization.agenciesVisibleTo(admin);
		model.addAttribute("agencies", agencies);
		model.addAttribute("unitsByAgency",
				agencies.stream()
					.collect(java.util.stream.Collectors.toMap((agency) -> agency.code(),
							(agency) -> this.organization.units(agency.code(), admin), (a, b) -> a,
							java.util.LinkedHashMap::new)));
		model.addAttribute("officialsByAgency",
				agencies.stream()
					.collect(java.util.stream.Collectors.toMap((agency) -> agency.code(),
							(agency) -> this.organization.officials(agency.code(), admin), (a, b) -> a,
							java.util.LinkedHashMap::new)));
		model.addAttribute("selectedRoles", (form != null && form.roles() != null) ? form.roles() : Set.of());
		return "admin/user-form";
	}

}
