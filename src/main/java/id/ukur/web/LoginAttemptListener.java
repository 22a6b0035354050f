package id.ukur.web;

import id.ukur.organization.UserAccounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins (pages and HTTP Basic alike) so that guessing locks the account.
 */
@Component
class LoginAttemptListener {

	private final UserAccounts accounts;

	LoginAttemptListener(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.recordFailedLogin(String.valueOf(event.getAuthentication().getName()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
