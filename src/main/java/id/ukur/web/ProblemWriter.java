package id.ukur.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem documents from places outside controllers (security filters).
 */
@Component
class ProblemWriter {

	private final MessageSource messages;

	private final JsonMapper json;

	ProblemWriter(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof SignInThrottledException throttled) {
			// the same answer for every username, real or not (docs/security.md)
			response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), "problem.signin.throttled");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Ukur\"");
		write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.unauthorized");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String detailCode, Object... args)
			throws IOException {
		Map<String, Object> problem = problem(request, status, request.getRequestURI(), detailCode, args);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

	/**
	 * A problem document of the API, its detail in the client's language.
	 * @param instance the path the problem is about
	 * @param detailCode the message key of the rule that refused
	 */
	Map<String, Object> problem(HttpServletRequest request, int status, String instance, String detailCode,
			Object... args) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", HttpStatus.valueOf(status).getReasonPhrase());
		problem.put("status", status);
		problem.put("detail", this.messages.getMessage(detailCode, args, detailCode, apiLocale(request)));
		problem.put("instance", instance);
		// the rule that refused, as every problem of the API names it (docs/api.md)
		problem.put("code", detailCode);
		return problem;
	}

	/**
	 * The API answers in the language the client asks for, Indonesian when it asks for
	 * none.
	 */
	static Locale apiLocale(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && header.toLowerCase(Locale.ROOT).startsWith("en")) {
			return Locale.ENGLISH;
		}
		return Languages.INDONESIAN;
	}

}
