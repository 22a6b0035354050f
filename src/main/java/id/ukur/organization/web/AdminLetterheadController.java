package id.ukur.organization.web;

import java.io.IOException;
import java.util.List;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Letterheads;
import id.ukur.organization.Letterheads.Letterhead;
import id.ukur.organization.Letterheads.LetterheadCommand;
import id.ukur.organization.Organization;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The region's letterhead (kop surat): logo, address, phone, e-mail and website printed
 * on the region's documents (docs/rounds.md, "Documents"). A refused form is shown again
 * as typed, each refusal beside its field.
 */
@Controller
class AdminLetterheadController {

	private final Letterheads letterheads;

	private final Organization organization;

	AdminLetterheadController(Letterheads letterheads, Organization organization) {
		this.letterheads = letterheads;
		this.organization = organization;
	}

	@GetMapping("/admin/letterhead")
	String page(@AuthenticationPrincipal CurrentUser admin, Model model) {
		Letterhead current = this.letterheads.of(admin.regionId());
		LetterheadCommand form = new LetterheadCommand(current.address(), current.phone(), current.email(),
				current.website(), null, false, current.version());
		return page(admin, model, form, List.of());
	}

	@PostMapping("/admin/letterhead")
	String save(@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String website,
			@RequestParam(required = false) MultipartFile logo,
			@RequestParam(defaultValue = "false") boolean removeLogo, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) throws IOException {
		byte[] bytes = (logo == null || logo.isEmpty()) ? null : logo.getBytes();
		LetterheadCommand command = new LetterheadCommand(address, phone, email, website, bytes, removeLogo, version);
		try {
			this.letterheads.update(admin, command);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/letterhead";
		}
		catch (InvalidInputException ex) {
			return page(admin, model, command, ex.problems());
		}
		catch (ConflictException ex) {
			return page(admin, model, command, List.of(new FieldProblem("", ex.getMessage())));
		}
	}

	private String page(CurrentUser admin, Model model, LetterheadCommand form, List<FieldProblem> problems) {
		model.addAttribute("region", this.organization.region(admin.regionId()));
		model.addAttribute("letterhead", this.letterheads.of(admin.regionId()));
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "admin/letterhead";
	}

}
