package id.ukur.round.internal;

import id.ukur.shared.ConflictException;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.NotFoundException;
import java.util.function.Supplier;

/**
 * The answer of {@link RoundPolicy}: allowed, or refused with the message key (and its
 * arguments) and the kind of refusal the act throws — 403 for who, 409 for when, 404 for
 * what does not exist.
 */
record Decision(boolean allowed, Refusal refusal, String key, Object[] args) {

	static final Decision ALLOWED = new Decision(true, null, null, new Object[0]);

	/** The kinds of refusal, each thrown as the exception the web layer answers. */
	enum Refusal {

		FORBIDDEN, CONFLICT, NOT_FOUND

	}

	static Decision forbidden(String key, Object... args) {
		return new Decision(false, Refusal.FORBIDDEN, key, args);
	}

	static Decision conflict(String key, Object... args) {
		return new Decision(false, Refusal.CONFLICT, key, args);
	}

	static Decision notFound(String key) {
		return new Decision(false, Refusal.NOT_FOUND, key, new Object[0]);
	}

	/** The refusal the SOP executor words (a step's lanes, its decider). */
	static Decision of(ForbiddenException refusal) {
		return forbidden(refusal.getMessage(), refusal.args());
	}

	/**
	 * The decision of a check written as a refusal: the SOP executor's order of steps.
	 */
	static Decision of(Supplier<?> check) {
		try {
			check.get();
			return ALLOWED;
		}
		catch (ForbiddenException ex) {
			return forbidden(ex.getMessage(), ex.args());
		}
		catch (ConflictException ex) {
			return conflict(ex.getMessage(), ex.args());
		}
	}

	/** Throws the refusal, as the acts always did; nothing when allowed. */
	void orThrow() {
		if (this.allowed) {
			return;
		}
		throw switch (this.refusal) {
			case FORBIDDEN -> new ForbiddenException(this.key, this.args);
			case CONFLICT -> new ConflictException(this.key, this.args);
			case NOT_FOUND -> new NotFoundException(this.key);
		};
	}

}
