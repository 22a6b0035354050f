package id.ukur.shared;

/**
 * The thing asked for does not exist (or the caller may not know that it exists). Its
 * message is a message key naming what was not found; the answer is always the general
 * {@code problem.notFound} (docs/api.md, "Refusal codes").
 */
public class NotFoundException extends Refusal {

	public NotFoundException(String code, Object... args) {
		super(code, args);
	}

}
