package id.ukur.web;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password against the stored hash; the principal kept in the session or
 * context is the user without its hash.
 */
class UkurAuthenticationProvider extends DaoAuthenticationProvider {

	UkurAuthenticationProvider(UserAccounts accounts, PasswordEncoder encoder) {
		super((username) -> accounts.byUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user")));
		setPasswordEncoder(encoder);
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		CurrentUser safe = ((CurrentUser) user).withoutPassword();
		return super.createSuccessAuthentication(safe, authentication, safe);
	}

}
