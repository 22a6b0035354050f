package id.ukur.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in goes back to the form with the reason's message code in the session.
 * Only the code is kept: the exception carries the attempted credentials, and sessions
 * are stored in the database.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String ATTRIBUTE = LoginFailureHandler.class.getName() + ".code";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		request.getSession().setAttribute(ATTRIBUTE, code(exception));
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	static String code(AuthenticationException exception) {
		if (exception instanceof SignInThrottledException) {
			return "login.error.throttled";
		}
		if (exception instanceof DisabledException) {
			return "login.error.disabled";
		}
		return "login.error.credentials";
	}

}
