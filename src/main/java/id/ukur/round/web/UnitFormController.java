package id.ukur.round.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.ukur.organization.CurrentUser;
import id.ukur.round.Commands;
import id.ukur.round.EntryHistoryView;
import id.ukur.round.EntryView;
import id.ukur.round.FormView;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
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
import org.springframework.web.multipart.MultipartFile;
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

	UnitFormController(Rounds rounds, RoundPeople people) {
		this.rounds = rounds;
		this.people = people;
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
		Saved saved = saveRows(loaded, form, user);
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
		Saved saved = saveRows(loaded, form, user);
		if (saved.failed()) {
			return again(loaded, user, model, saved, response);
		}
		try {
			this.rounds.submitForm(id, unit, user);
		}
		catch (InvalidInputException ex) {
			for (FieldProblem problem : ex.problems()) {
				String field = String.valueOf(problem.field());
				if (field.startsWith("entries[") && field.contains("]")) {
					String code = field.substring("entries[".length(), field.indexOf(']'));
					saved.problems.computeIfAbsent(code, (c) -> new LinkedHashMap<>()).put("actual", problem);
				}
				else {
					saved.general.add(problem);
				}
			}
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
	private Saved saveRows(Loaded loaded, UnitForm form, CurrentUser user) {
		Saved saved = new Saved();
		Map<String, EntryView> byCode = new HashMap<>();
		loaded.entries().forEach((entry) -> byCode.put(entry.indicatorCode(), entry));
		for (Row row : form.getRows()) {
			EntryView entry = (row.getCode() != null) ? byCode.get(row.getCode()) : null;
			if (entry == null) {
				continue;
			}
			saved.rows.put(entry.indicatorCode(), row);
			if (row.changed() && entry.status().editableByUnit()) {
				try {
					EntryView after = this.rounds.saveEntry(loaded.round().id(), entry.indicatorCode(),
							new Commands.EntryInput(row.getActual(), row.getNote(), row.getEnablingFactors(),
									row.getInhibitingFactors(), row.getVersion()),
							user);
					row.setVersion(after.version());
					row.setFingerprint(Row.of(after).getFingerprint());
					saved.values++;
				}
				catch (InvalidInputException ex) {
					ex.problems()
						.forEach((problem) -> saved.problems
							.computeIfAbsent(entry.indicatorCode(), (c) -> new LinkedHashMap<>())
							.putIfAbsent(String.valueOf(problem.field()), problem));
				}
				catch (ConflictException ex) {
					EntryView now = this.rounds.entry(loaded.round().id(), entry.indicatorCode(), user);
					saved.conflicts.put(entry.indicatorCode(), new FieldProblem("", ex.getMessage(), ex.args()));
					saved.current.put(entry.indicatorCode(), now);
					// the next save overwrites knowingly: the user has now seen the other
					// change
					row.setVersion(now.version());
				}
			}
			MultipartFile file = row.getFile();
			if (file != null && !file.isEmpty()) {
				try {
					this.rounds.addEvidence(loaded.round().id(), entry.indicatorCode(), file.getOriginalFilename(),
							file.getBytes(), user);
					saved.files++;
				}
				catch (InvalidInputException ex) {
					saved.problems.computeIfAbsent(entry.indicatorCode(), (c) -> new LinkedHashMap<>())
						.put("file", ex.problems().isEmpty() ? new FieldProblem("file", "problem.fileType")
								: ex.problems().get(0));
				}
				catch (ConflictException ex) {
					saved.problems.computeIfAbsent(entry.indicatorCode(), (c) -> new LinkedHashMap<>())
						.put("file", new FieldProblem("file", ex.getMessage(), ex.args()));
				}
				catch (IOException ex) {
					saved.problems.computeIfAbsent(entry.indicatorCode(), (c) -> new LinkedHashMap<>())
						.put("file", new FieldProblem("file", "rounds.form.uploadFailed"));
				}
			}
		}
		return saved;
	}

	private String again(Loaded stale, CurrentUser user, Model model, Saved saved, HttpServletResponse response) {
		Loaded loaded = load(stale.round().id(), stale.form().unitCode(), user);
		Map<String, Row> rows = new LinkedHashMap<>();
		for (EntryView entry : loaded.entries()) {
			Row typed = saved.rows.get(entry.indicatorCode());
			rows.put(entry.indicatorCode(), (typed != null && entry.status().editableByUnit()) ? typed : Row.of(entry));
		}
		response.setStatus((saved.conflicts.isEmpty() && saved.general.isEmpty()) ? HttpServletResponse.SC_BAD_REQUEST
				: HttpServletResponse.SC_CONFLICT);
		if (saved.values > 0 || saved.files > 0) {
			model.addAttribute("partial", new Object[] { saved.values, saved.files });
		}
		model.addAttribute("problems", Map.of());
		model.addAttribute("refusals", saved.general);
		model.addAttribute("current", saved.current);
		return page(loaded, user, model, rows, saved.problems, saved.conflicts);
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

	/** What a save did and what it refused, row by row. */
	private static final class Saved {

		private final Map<String, Row> rows = new LinkedHashMap<>();

		private final Map<String, Map<String, FieldProblem>> problems = new LinkedHashMap<>();

		private final Map<String, FieldProblem> conflicts = new LinkedHashMap<>();

		private final Map<String, EntryView> current = new LinkedHashMap<>();

		private final List<FieldProblem> general = new ArrayList<>();

		private int values;

		private int files;

		boolean failed() {
			return !this.problems.isEmpty() || !this.conflicts.isEmpty() || !this.general.isEmpty();
		}

	}

	/** The form as posted: one row per value. */
	public static class UnitForm {

		private List<Row> rows = new ArrayList<>();

		public List<Row> getRows() {
			return this.rows;
		}

		public void setRows(List<Row> rows) {
			this.rows = rows;
		}

	}

	/**
	 * One value as typed, with the version it was read at and a fingerprint of what was
	 * shown, so that only rows the user changed are saved.
	 */
	public static class Row {

		private String code;

		private Long version;

		private String fingerprint;

		private String actual;

		private String note;

		private String enablingFactors;

		private String inhibitingFactors;

		private MultipartFile file;

		static Row of(EntryView entry) {
			Row row = new Row();
			row.code = entry.indicatorCode();
			row.version = entry.version();
			row.actual = (entry.actualText() != null) ? entry.actualText() : RoundFormats.typed(entry.actual());
			row.note = entry.note();
			row.enablingFactors = entry.enablingFactors();
			row.inhibitingFactors = entry.inhibitingFactors();
			row.fingerprint = row.currentFingerprint();
			return row;
		}

		boolean changed() {
			return !Objects.equals(currentFingerprint(), this.fingerprint);
		}

		private String currentFingerprint() {
			return Integer.toHexString(Objects.hash(normal(this.actual), normal(this.note),
					normal(this.enablingFactors), normal(this.inhibitingFactors)));
		}

		private static String normal(String text) {
			return (text == null) ? "" : text.replace("\r\n", "\n").strip();
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public String getFingerprint() {
			return this.fingerprint;
		}

		public void setFingerprint(String fingerprint) {
			this.fingerprint = fingerprint;
		}

		public String getActual() {
			return this.actual;
		}

		public void setActual(String actual) {
			this.actual = actual;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getEnablingFactors() {
			return this.enablingFactors;
		}

		public void setEnablingFactors(String enablingFactors) {
			this.enablingFactors = enablingFactors;
		}

		public String getInhibitingFactors() {
			return this.inhibitingFactors;
		}

		public void setInhibitingFactors(String inhibitingFactors) {
			this.inhibitingFactors = inhibitingFactors;
		}

		public MultipartFile getFile() {
			return this.file;
		}

		public void setFile(MultipartFile file) {
			this.file = file;
		}

	}

}
