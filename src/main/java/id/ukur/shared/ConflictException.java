package id.ukur.shared;

/**
 * The request clashes with the current state: a stale version, a duplicate, a wrong state
 * or a step out of order. The message is a message key that says what to do.
 */
public class ConflictException extends RuntimeException {

	private final transient Object[] args;

	public ConflictException(String code, Object... args) {
		super(code);
		this.args = args;
	}

	/**
	 * @return the message key naming the rule that refused (status 409)
	 */
	public String code() {
		return getMessage();
	}

	/**
	 * @return the arguments of the message code
	 */
	public Object[] args() {
		return this.args.clone();
	}

}
