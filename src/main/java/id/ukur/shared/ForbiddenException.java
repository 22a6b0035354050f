package id.ukur.shared;

/** The caller is known but may not do this. */
public class ForbiddenException extends RuntimeException {

	private final transient Object[] args;

	public ForbiddenException(String message, Object... args) {
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
