package id.ukur.organization.web;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Profil: the user's own password and personal API tokens. */
@Controller
class ProfileController {

	private final UserAccounts accounts;

	ProfileController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("tokens", this.accounts.tokens(user));
		model.addAttribute("mustChange", this.accounts.mustChangePassword(user.id()));
		return "organization/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			this.accounts.changePassword(user, currentPassword, newPassword, confirmation);
			redirect.addFlashAttribute("passwordChanged", true);
			return "redirect:/profile";
		}
		catch (InvalidInputException ex) {
			FieldProblem problem = ex.problems().get(0);
			model.addAttribute("passwordError", problem);
			return profile(user, model);
		}
	}

	@PostMapping("/profile/tokens")
	String createToken(@RequestParam(defaultValue = "") String name, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", this.accounts.createToken(user, name));
			return "redirect:/profile";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("tokenError", ex.problems().get(0));
			return profile(user, model);
		}
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		this.accounts.revokeToken(user, id);
		return "redirect:/profile";
	}

}
