package id.ukur.shared;

/**
 * The request clashes with the current state: a stale version, a duplicate, a wrong state
 * or a step out of order. The message is a message key that says what to do.
 */
public class ConflictException extends Refusal {

	public ConflictException(String code, Object... args) {
		super(code, args);
	}

}
