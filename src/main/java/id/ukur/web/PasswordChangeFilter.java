package id.ukur.web;

import java.io.IOException;
import java.util.List;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user with a temporary password (given at creation or by an administrator's reset)
 * does nothing else before replacing it (docs/security.md, "Sessions"): pages lead to the
 * profile's password form, the API answers 403 with a problem naming the way out
 * ({@code PUT /api/v1/profile/password}). This holds for HTTP Basic and for personal API
 * tokens alike: a token works again once its user has chosen a password.
 */
final class PasswordChangeFilter extends OncePerRequestFilter {

	/** What a page user may still reach: the password form, signing out, assets. */
	private static final List<String> PAGE_PATHS = List.of("/profile", "/profile/password", "/logout", "/login",
			"/error");

	private static final List<String> PAGE_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/", "/verify/",
			"/favicon.ico");

	static final String API_PATH = "/api/v1/profile/password";

	private final UserAccounts accounts;

	private final ProblemWriter problems;

	private PasswordChangeFilter(UserAccounts accounts, ProblemWriter problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	static PasswordChangeFilter forApi(UserAccounts accounts, ProblemWriter problems) {
		return new PasswordChangeFilter(accounts, problems);
	}

	static PasswordChangeFilter forPages(UserAccounts accounts) {
		return new PasswordChangeFilter(accounts, null);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& !allowed(path(request)) && this.accounts.mustChangePassword(user.id())) {
			if (this.problems != null) {
				this.problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.password.mustChange");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/profile?mustChange");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean allowed(String path) {
		if (this.problems != null) {
			return API_PATH.equals(path);
		}
		return PAGE_PATHS.contains(path) || PAGE_PREFIXES.stream().anyMatch(path::startsWith);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
