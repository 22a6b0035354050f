package id.ukur.shared;

/**
 * The caller is known but may not do this. The message is a message key naming the rule
 * that refused.
 */
public class ForbiddenException extends RuntimeException {

	private final transient Object[] args;

	public ForbiddenException(String code, Object... args) {
		super(code);
		this.args = args;
	}

	/**
	 * @return the message key naming the rule that refused (status 403)
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
