package id.ukur.round.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

/**
 * What a refused act leaves on the page it came from: problems next to their fields, and
 * refusals of the whole act (a step out of order, someone else's lane, a stale version)
 * at the top, each as a message code with its arguments.
 */
final class Refusals {

	private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

	private final List<FieldProblem> general = new ArrayList<>();

	private int status = HttpServletResponse.SC_OK;

	/**
	 * Records a refusal of the round service; anything else (not found, unexpected) is
	 * thrown on to the error page.
	 */
	Refusals add(RuntimeException ex) {
		return add(ex, "");
	}

	/**
	 * Records a refusal; field problems are kept under {@code prefix + field}, so that
	 * several forms of one page keep their problems apart.
	 */
	Refusals add(RuntimeException ex, String prefix) {
		if (ex instanceof InvalidInputException invalid) {
			for (FieldProblem problem : invalid.problems()) {
				if (problem.field() == null || problem.field().isBlank()) {
					this.general.add(problem);
				}
				else {
					this.problems.putIfAbsent(prefix + problem.field(), problem);
				}
			}
			status(HttpServletResponse.SC_BAD_REQUEST);
		}
		else if (ex instanceof ConflictException) {
			this.general.add(general(ex));
			status(HttpServletResponse.SC_CONFLICT);
		}
		else if (ex instanceof ForbiddenException) {
			this.general.add(general(ex));
			status(HttpServletResponse.SC_FORBIDDEN);
		}
		else {
			throw ex;
		}
		return this;
	}

	/**
	 * @return a conflict or a refusal of the user's role as its message key with its
	 * arguments; the exception's type decides, never the key
	 */
	static FieldProblem general(RuntimeException ex) {
		if (ex instanceof ConflictException conflict) {
			return new FieldProblem("", conflict.code(), conflict.args());
		}
		if (ex instanceof ForbiddenException forbidden) {
			return new FieldProblem("", forbidden.code(), forbidden.args());
		}
		return new FieldProblem("", "problem.forbidden");
	}

	/** A problem found by the page itself before asking the service. */
	Refusals field(String field, String code, Object... args) {
		this.problems.putIfAbsent(field, new FieldProblem(field, code, args));
		status(HttpServletResponse.SC_BAD_REQUEST);
		return this;
	}

	boolean any() {
		return !this.problems.isEmpty() || !this.general.isEmpty();
	}

	Map<String, FieldProblem> problems() {
		return this.problems;
	}

	/** Puts the problems and refusals into the page and its status into the answer. */
	void into(Model model, HttpServletResponse response) {
		model.addAttribute("problems", this.problems);
		model.addAttribute("refusals", this.general);
		if (response != null && this.status != HttpServletResponse.SC_OK) {
			response.setStatus(this.status);
		}
	}

	private void status(int candidate) {
		if (this.status == HttpServletResponse.SC_OK) {
			this.status = candidate;
		}
	}

	/** An empty set for pages shown without a refusal. */
	static void none(Model model) {
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
		}
		if (!model.containsAttribute("refusals")) {
			model.addAttribute("refusals", List.of());
		}
	}

}
