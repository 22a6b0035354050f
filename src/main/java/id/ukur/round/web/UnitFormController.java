package id.ukur.round.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.organization.CurrentUser;
import id.ukur.round.EntryHistoryView;
import id.ukur.round.EntryView;
import id.ukur.round.FormView;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import id.ukur.round.ValueChecks;
import id.ukur.round.web.UnitForm.Row;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Formulir isian unit: a unit's values like the paper form, saved as a draft row by row
 * (each row with its version, so that nobody overwrites another's change unknowingly),
 * evidence uploaded per row, and the unit head's submission. Each value's history is a
 * page of its own, also loaded in place.
 */
@Controller
class UnitFormController {

	private final Rounds rounds;

	private final RoundPeople people;

	private final UnitFormSaving saving;

	private final ValueChecks checks;

	UnitFormController(Rounds rounds, RoundPeople people, ValueChecks checks) {
		this.rounds = rounds;
		this.people = people;
		this.checks = checks;
		this.saving = new UnitFormSaving(rounds);
	}

	@GetMapping("/rounds/{id}/units/{unit}")
	String form(@PathVariable long id, @PathVariable String unit, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Refusals.none(model);
		Loaded loaded = load(id, unit, user);
		Map<String, Row> rows = new LinkedHashMap<>();
		loaded.entries().forEach((entry) -> rows.put(entry.indicatorCode(), Row.of(entry)));
		return page(loaded, user, model, rows, Map.of(), Map.of());
	}

	@PostMapping("/rounds/{id}/units/{unit}")
	String save(@PathVariable long id, @PathVariable String unit, @ModelAttribute("unitForm") UnitForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Loaded loaded = load(id, unit, user);
		SavedRows saved = saveRows(loaded, form, user);
		if (saved.failed()) {
			return again(loaded, user, model, saved, response);
		}
		redirect.addFlashAttribute("done", "rounds.form.saved");
		redirect.addFlashAttribute("doneArgs", new Object[] { saved.values, saved.files });
		return "redirect:/rounds/" + id + "/units/" + unit;
	}

	@PostMapping("/rounds/{id}/units/{unit}/submit")
	String submit(@PathVariable long id, @PathVariable String unit, @ModelAttribute("unitForm") UnitForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Loaded loaded = load(id, unit, user);
		SavedRows saved = saveRows(loaded, form, user);
		if (saved.failed()) {
			return again(loaded, user, model, saved, response);
		}
		try {
			this.rounds.submitForm(id, unit, user);
		}
		catch (InvalidInputException ex) {
			saved.submissionRefused(ex);
			return again(loaded, user, model, saved, response);
		}
		catch (ConflictException | ForbiddenException ex) {
			saved.general.add(Refusals.general(ex));
			return again(loaded, user, model, saved, response);
		}
		redirect.addFlashAttribute("done", "rounds.form.submitted");
		return "redirect:/rounds/" + id + "/units/" + unit;
	}

	@GetMapping("/rounds/{id}/entries/{code}")
	String history(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		RoundView round = this.rounds.round(id, user);
		EntryView entry = this.rounds.entry(id, code, user);
		model.addAttribute("round", round);
		model.addAttribute("entry", entry);
		List<EntryHistoryView> history = this.rounds.history(id, code, user);
		model.addAttribute("history", history);
		model.addAttribute("people", this.people.names(history.stream().map(EntryHistoryView::by).toList()));
		Refusals.none(model);
		return (htmx != null) ? "round/history :: history" : "round/history";
	}

	/** Saves the rows the user changed, then uploads the files chosen. */
	private SavedRows saveRows(Loaded loaded, UnitForm form, CurrentUser user) {
		return this.saving.save(loaded.round().id(), loaded.entries(), form, user);
	}

	private String again(Loaded stale, CurrentUser user, Model model, SavedRows saved, HttpServletResponse response) {
		Loaded loaded = load(stale.round().id(), stale.form().unitCode(), user);
		saved.into(model, response);
		return page(loaded, user, model, saved.shown(loaded.entries()), saved.problems, saved.conflicts);
	}

	private String page(Loaded loaded, CurrentUser user, Model model, Map<String, Row> rows,
			Map<String, Map<String, FieldProblem>> rowProblems, Map<String, FieldProblem> conflicts) {
		RoundView round = loaded.round();
		FormView form = loaded.form();
		boolean member = form.actions().contains(RoundAction.UNIT_MEMBER);
		model.addAttribute("round", round);
		model.addAttribute("form", form);
		model.addAttribute("entries", loaded.entries());
		model.addAttribute("rows", rows);
		model.addAttribute("rowProblems", rowProblems);
		model.addAttribute("conflicts", conflicts);
		// the saved values' doubts, shown as warnings beside them (never a refusal)
		model.addAttribute("checks", this.checks.of(round.id(), user));
		if (!model.containsAttribute("current")) {
			model.addAttribute("current", Map.of());
		}
		model.addAttribute("editable", form.actions().contains(RoundAction.FILL));
		model.addAttribute("member", member);
		model.addAttribute("canSubmit", form.actions().contains(RoundAction.SUBMIT));
		List<String> usernames = new ArrayList<>();
		usernames.add(form.submittedBy());
		loaded.entries().forEach((entry) -> usernames.add(entry.updatedBy()));
		@SuppressWarnings("unchecked")
		Map<String, EntryView> current = (Map<String, EntryView>) model.getAttribute("current");
		current.values().forEach((entry) -> usernames.add(entry.updatedBy()));
		model.addAttribute("people", this.people.names(usernames));
		model.addAttribute("openRows",
				loaded.entries().stream().filter((entry) -> entry.status().editableByUnit()).count());
		return "round/unit-form";
	}

	private Loaded load(long id, String unit, CurrentUser user) {
		RoundView round = this.rounds.round(id, user);
		FormView form = round.forms()
			.stream()
			.filter((candidate) -> candidate.unitCode().equals(unit))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("round.form.unknown"));
		List<EntryView> entries = this.rounds.entries(id, user)
			.stream()
			.filter((entry) -> entry.unitCode().equals(unit))
			.toList();
		return new Loaded(round, form, entries);
	}

	private record Loaded(RoundView round, FormView form, List<EntryView> entries) {
	}

}
