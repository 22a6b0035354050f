package id.ukur.web;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins from this address (for this account or in all): refused before
 * the password is looked at, with the same answer whether the account exists.
 */
class SignInThrottledException extends AuthenticationException {

	private final Duration wait;

	SignInThrottledException(Duration wait) {
		super("sign-in throttled");
		this.wait = wait;
	}

	/**
	 * @return whole seconds to wait, at least one
	 */
	long retryAfterSeconds() {
		return Math.max(1, (this.wait.toMillis() + 999) / 1000);
	}

}
