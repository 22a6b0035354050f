package id.ukur.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import id.ukur.organization.CurrentUser;
import id.ukur.plan.Plans;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The day the year's Perjanjian Kinerja was signed, recorded by the planner on the PK
 * page or through the API; from then on every change of the plan needs a reason
 * (docs/journal.md).
 */
@Controller
class PkSignatureController {

	private final Plans plans;

	PkSignatureController(Plans plans) {
		this.plans = plans;
	}

	@PostMapping("/agencies/{agency}/plans/{year}/pk/signature")
	String sign(@PathVariable String agency, @PathVariable int year, @RequestParam(required = false) String signedOn,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.plans.signPk(agency, year, day(signedOn), reason, user);
			redirect.addFlashAttribute("message", "plan.pk.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.problems().get(0));
		}
		return "redirect:/agencies/" + agency + "/plans/" + year + "/pk";
	}

	@GetMapping("/api/v1/agencies/{agency}/plans/{year}/pk-signature")
	@ResponseBody
	@Operation(summary = "The day the year's PK was signed (null while it is not)")
	SignatureJson signature(@PathVariable String agency, @PathVariable int year,
			@AuthenticationPrincipal CurrentUser user) {
		return new SignatureJson(this.plans.pkSignedOn(agency, year, user).orElse(null), null);
	}

	@PutMapping("/api/v1/agencies/{agency}/plans/{year}/pk-signature")
	@ResponseBody
	@Operation(summary = "Record or clear (signedOn null) the day the year's PK was signed;"
			+ " changing a recorded day needs a reason")
	SignatureJson sign(@PathVariable String agency, @PathVariable int year, @RequestBody SignatureJson body,
			@AuthenticationPrincipal CurrentUser user) {
		this.plans.signPk(agency, year, body.signedOn(), body.reason(), user);
		return new SignatureJson(this.plans.pkSignedOn(agency, year, user).orElse(null), null);
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(java.util.List.of(new FieldProblem("signedOn", "plan.pk.badDate")));
		}
	}

	/** The signature as the API exchanges it; the reason only on the way in. */
	record SignatureJson(LocalDate signedOn, String reason) {
	}

}
