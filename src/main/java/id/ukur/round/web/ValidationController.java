package id.ukur.round.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ukur.organization.CurrentUser;
import id.ukur.round.BulkAcceptance;
import id.ukur.round.EntryStatus;
import id.ukur.round.EntryView;
import id.ukur.round.FormView;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import id.ukur.round.ValueChecks;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Validasi: every value of the round with its evidence; the team accepts, returns with a
 * reason, or marks a value not reported with a reason; all submitted values at once, but
 * the ones marked.
 */
@Controller
@RequestMapping("/rounds/{id}/validation")
class ValidationController {

	private final Rounds rounds;

	private final ValueChecks checks;

	private final BulkAcceptance bulk;

	ValidationController(Rounds rounds, ValueChecks checks, BulkAcceptance bulk) {
		this.rounds = rounds;
		this.checks = checks;
		this.bulk = bulk;
	}

	@GetMapping
	String page(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Refusals.none(model);
		return page(id, user, model, Map.of());
	}

	/**
	 * Accepts every submitted value but the marked ones ({@code except}) and those of the
	 * user's own unit, in one transaction; a refusal accepts nothing and is shown.
	 */
	@PostMapping("/accept-all")
	String acceptAll(@PathVariable long id, @RequestParam(required = false) List<String> except,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		List<String> accepted;
		try {
			accepted = this.bulk.acceptAllExcept(id, (except != null) ? except : List.of(), user);
		}
		catch (RuntimeException ex) {
			new Refusals().add(ex).into(model, response);
			return page(id, user, model, Map.of());
		}
		redirect.addFlashAttribute("done", "rounds.validation.acceptedAll");
		redirect.addFlashAttribute("doneArgs", new Object[] { accepted.size() });
		return "redirect:/rounds/" + id + "/validation";
	}

	@PostMapping("/{code}/accept")
	String accept(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, code, user, model, redirect, response, "rounds.validation.accepted", null,
				() -> this.rounds.accept(id, code, user));
	}

	@PostMapping("/{code}/return")
	String returnEntry(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, code, user, model, redirect, response, "rounds.validation.returned", reason,
				() -> this.rounds.returnEntry(id, code, reason, user));
	}

	@PostMapping("/{code}/not-reported")
	String notReported(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, code, user, model, redirect, response, "rounds.validation.notReported", reason,
				() -> this.rounds.markNotReported(id, code, reason, user));
	}

	private String act(long id, String code, CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String done, String reason, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
			redirect.addFlashAttribute("doneArgs", new Object[] { code });
			return "redirect:/rounds/" + id + "/validation#entry-" + code;
		}
		catch (RuntimeException ex) {
			new Refusals().add(ex, code + ".").into(model, response);
			Map<String, String> typed = new HashMap<>();
			typed.put(code, reason);
			model.addAttribute("failedAction", done);
			return page(id, user, model, typed);
		}
	}

	private String page(long id, CurrentUser user, Model model, Map<String, String> typedReasons) {
		RoundView round = this.rounds.round(id, user);
		List<EntryView> entries = this.rounds.entries(id, user);
		List<Group> groups = round.forms()
			.stream()
			.map((form) -> new Group(form,
					entries.stream().filter((e) -> e.unitCode().equals(form.unitCode())).toList()))
			.toList();
		Rounds.ValidationRights rights = this.rounds.validation(id, user);
		model.addAttribute("round", round);
		model.addAttribute("groups", groups);
		model.addAttribute("totalCount", entries.size());
		model.addAttribute("rights", rights);
		model.addAttribute("canValidate", round.actions().contains(RoundAction.VALIDATE));
		long settleable = entries.stream()
			.filter((e) -> e.status() == EntryStatus.SUBMITTED && rights.maySettle(e.unitCode()))
			.count();
		model.addAttribute("settleableCount", settleable);
		// the checkboxes of "accept all except the marked ones"
		model.addAttribute("marking", round.actions().contains(RoundAction.VALIDATE) && settleable > 0);
		model.addAttribute("submittedCount",
				entries.stream().filter((e) -> e.status() == EntryStatus.SUBMITTED).count());
		model.addAttribute("settledCount", entries.stream().filter((e) -> e.status().settled()).count());
		model.addAttribute("typedReasons", typedReasons);
		// beside each value: its flags, the values before it, the achievement it gives
		model.addAttribute("checks", this.checks.of(id, user));
		return "round/validation";
	}

	/** A unit's form with its values. */
	record Group(FormView form, List<EntryView> entries) {
	}

}
