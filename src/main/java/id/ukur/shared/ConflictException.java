package id.ukur.shared;

/**
 * The request clashes with the current state: a stale version, a duplicate, a wrong state
 * or a step out of order. The message says what to do.
 */
public class ConflictException extends RuntimeException {

	private final transient Object[] args;

	public ConflictException(String message, Object... args) {
		super(message);
		this.args = args;
	}

	/**
	 * @return the arguments of the message code
	 */
	public Object[] args() {
		return this.args.clone();
	}

}
