package id.ukur.web;

import java.io.IOException;
import java.util.Optional;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <token>} with a personal API token. */
class ApiTokenFilter extends OncePerRequestFilter {

	private final UserAccounts accounts;

	private final ProblemWriter problems;

	ApiTokenFilter(UserAccounts accounts, ProblemWriter problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<CurrentUser> user = this.accounts.byApiToken(header.substring(7).trim())
			.filter(CurrentUser::isEnabled);
		if (user.isEmpty()) {
			this.problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.token.invalid");
			return;
		}
		CurrentUser principal = user.get().withoutPassword();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
