package id.ukur.round.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.round.EntryView;
import id.ukur.round.web.UnitForm.Row;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

/**
 * What a save of the unit form did and what it refused, row by row: the rows as typed,
 * problems per row and field, conflicts with another's change (and that change), and
 * refusals of the whole form.
 */
final class SavedRows {

	final Map<String, Row> rows = new LinkedHashMap<>();

	final Map<String, Map<String, FieldProblem>> problems = new LinkedHashMap<>();

	final Map<String, FieldProblem> conflicts = new LinkedHashMap<>();

	final Map<String, EntryView> current = new LinkedHashMap<>();

	final List<FieldProblem> general = new ArrayList<>();

	int values;

	int files;

	boolean failed() {
		return !this.problems.isEmpty() || !this.conflicts.isEmpty() || !this.general.isEmpty();
	}

	/** Keeps a problem next to its field of a row; the first one of a field wins. */
	void problem(String code, String field, FieldProblem problem) {
		this.problems.computeIfAbsent(code, (c) -> new LinkedHashMap<>()).putIfAbsent(field, problem);
	}

	/** Keeps a problem next to its field of a row, replacing one found before. */
	void replaceProblem(String code, String field, FieldProblem problem) {
		this.problems.computeIfAbsent(code, (c) -> new LinkedHashMap<>()).put(field, problem);
	}

	/**
	 * Sorts the problems of a refused submission: a value's ({@code entries[CODE]...})
	 * next to its actual value, any other at the top.
	 */
	void submissionRefused(InvalidInputException ex) {
		for (FieldProblem problem : ex.problems()) {
			String field = String.valueOf(problem.field());
			if (field.startsWith("entries[") && field.contains("]")) {
				replaceProblem(field.substring("entries[".length(), field.indexOf(']')), "actual", problem);
			}
			else {
				this.general.add(problem);
			}
		}
	}

	/**
	 * The rows to show again: what the user typed where the value is still editable,
	 * otherwise the value as it is now.
	 */
	Map<String, Row> shown(List<EntryView> entries) {
		Map<String, Row> shown = new LinkedHashMap<>();
		for (EntryView entry : entries) {
			Row typed = this.rows.get(entry.indicatorCode());
			shown.put(entry.indicatorCode(),
					(typed != null && entry.status().editableByUnit()) ? typed : Row.of(entry));
		}
		return shown;
	}

	/**
	 * Puts the answer's status (400 for problems of fields, 409 for conflicts and
	 * refusals) and what the save did and refused into the page.
	 */
	void into(Model model, HttpServletResponse response) {
		response.setStatus((this.conflicts.isEmpty() && this.general.isEmpty()) ? HttpServletResponse.SC_BAD_REQUEST
				: HttpServletResponse.SC_CONFLICT);
		if (this.values > 0 || this.files > 0) {
			model.addAttribute("partial", new Object[] { this.values, this.files });
		}
		model.addAttribute("problems", Map.of());
		model.addAttribute("refusals", this.general);
		model.addAttribute("current", this.current);
	}

}
