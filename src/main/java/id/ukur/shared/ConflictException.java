package id.ukur.shared;

/**
 * The request clashes with the current state: a stale version, a duplicate, a wrong state
 * or a step out of order. The message says what to do.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
