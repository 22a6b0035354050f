package id.ukur.shared;

import org.springframework.validation.BindingResult;

/**
 * Copies the problems of a refused command onto a form so that each shows next to its
 * field.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * @param result the form's binding result
	 * @param refusal the refusal
	 */
	public static void copy(BindingResult result, InvalidInputException refusal) {
		for (FieldProblem problem : refusal.problems()) {
			if (problem.field() == null || problem.field().isBlank()) {
				result.reject(problem.code(), problem.args(), problem.code());
			}
			else {
				result.rejectValue(problem.field(), problem.code(), problem.args(), problem.code());
			}
		}
	}

}
