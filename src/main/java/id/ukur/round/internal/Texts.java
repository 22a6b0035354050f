package id.ukur.round.internal;

import id.ukur.shared.FieldProblem;
import java.util.List;

/** Small checks of free text typed by users. */
final class Texts {

	private Texts() {
	}

	static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static void limit(List<FieldProblem> problems, String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			problems.add(new FieldProblem(field, "validation.tooLong", max));
		}
	}

	static String required(List<FieldProblem> problems, String field, String text) {
		String cleaned = clean(text);
		if (cleaned == null) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
		return cleaned;
	}

}
