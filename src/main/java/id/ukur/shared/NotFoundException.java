package id.ukur.shared;

/**
 * The thing asked for does not exist (or the caller may not know that it exists). Its
 * message is a message key naming what was not found; the answer is always the general
 * {@code problem.notFound} (docs/api.md, "Refusal codes").
 */
public class NotFoundException extends RuntimeException {

	private final transient Object[] args;

	public NotFoundException(String code, Object... args) {
		super(code);
		this.args = args;
	}

	/**
	 * @return the message key of what was not found
	 */
	public String code() {
		return getMessage();
	}

	/**
	 * @return the arguments of the message key
	 */
	public Object[] args() {
		return this.args.clone();
	}

}
