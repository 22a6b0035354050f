package id.ukur.shared;

import java.util.List;

/** Input that breaks a rule; carries every field problem found, not only the first. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "invalid input" : problems.get(0).field() + ": " + problems.get(0).code());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String code, Object... args) {
		this(List.of(new FieldProblem(field, code, args)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
