package id.ukur.shared;

/**
 * The caller is known but may not do this. The message is a message key naming the rule
 * that refused.
 */
public class ForbiddenException extends Refusal {

	public ForbiddenException(String code, Object... args) {
		super(code, args);
	}

}
