package id.ukur.shared;

/**
 * A refusal named by a message key and its arguments, resolved in the reader's language
 * by the pages and the problem documents (docs/api.md, "Refusal codes"); never prose. Its
 * kind (the subclass) decides the status, never the key.
 */
public abstract class Refusal extends RuntimeException {

	private final transient Object[] args;

	protected Refusal(String code, Object... args) {
		super(code);
		this.args = (args != null) ? args : new Object[0];
	}

	/**
	 * @return the message key naming the rule that refused (or what was not found)
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
