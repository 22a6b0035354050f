package id.ukur.web;

import java.io.IOException;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After signing in: a temporary password must be replaced first, otherwise go where
 * asked.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserAccounts accounts;

	LoginSuccessHandler(UserAccounts accounts) {
		this.accounts = accounts;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CurrentUser user && this.accounts.mustChangePassword(user.id())) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, "/profile?mustChange");
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
