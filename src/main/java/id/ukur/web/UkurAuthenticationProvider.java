package id.ukur.web;

import java.time.Duration;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import id.ukur.organization.Usernames;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password against the stored hash, for the sign-in form and HTTP Basic
 * alike; the principal kept in the session or context is the user without its hash. The
 * username is normalised before anything else, so that every spelling of a name is one
 * account for the {@link SignInThrottle}. Whether an account is deactivated is told only
 * after its right password, so that nobody learns from the answer which accounts exist.
 */
class UkurAuthenticationProvider extends DaoAuthenticationProvider {

	private final SignInThrottle throttle;

	UkurAuthenticationProvider(UserAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		super((username) -> accounts.byUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user")));
		this.throttle = throttle;
		setPasswordEncoder(encoder);
		setPreAuthenticationChecks((user) -> {
		});
		setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = Usernames.normalize(authentication.getName());
		String address = address(authentication.getDetails());
		Duration wait = this.throttle.waitBefore(username, address);
		if (!wait.isZero()) {
			throw new SignInThrottledException(wait);
		}
		UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(username,
				authentication.getCredentials());
		normalised.setDetails(authentication.getDetails());
		try {
			Authentication result = super.authenticate(normalised);
			this.throttle.succeeded(username, address);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		CurrentUser safe = ((CurrentUser) user).withoutPassword();
		return super.createSuccessAuthentication(safe, authentication, safe);
	}

	private static String address(Object details) {
		if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
			return web.getRemoteAddress();
		}
		return "unknown";
	}

}
