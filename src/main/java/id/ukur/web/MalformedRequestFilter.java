package id.ukur.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * Refuses requests that cannot be read before any other filter or controller looks at
 * them: parameters the container cannot decode (bad percent-encoding, bytes that are not
 * UTF-8, a form body over Tomcat's size limit, a multipart body that does not parse or is
 * too large) and a Content-Type that is not one concrete media type
 * ({@code *}{@code /*}). Without this, the first filter that asks for a parameter (the
 * CSRF check, the language switch) fails with the container's exception and the client
 * sees a 500.
 *
 * <p>
 * The refusal is shown by the error controller (a problem document under {@code /api/},
 * the error page elsewhere), with the request's parameters hidden so that rendering the
 * answer cannot trip over them again. See docs/security.md, "Bad input never answers
 * 5xx".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after the character encoding filter sets UTF-8
class MalformedRequestFilter extends OncePerRequestFilter {

	private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\[([^\\]]*)]");

	/** Spring's default limit for growing a bound list. */
	private static final int MAX_INDEX = 256;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isConcreteType(request.getContentType())) {
			refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
			return;
		}
		try {
			// the container parses the query and a form or multipart body once; its
			// failure is thrown again on every later call, so it is met here first
			if (hasBadIndex(request.getParameterNames()) || hasNul(request.getParameterMap())) {
				refuse(request, response, HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
		}
		catch (InvalidParameterException ex) {
			refuse(request, response, (ex.getErrorCode() >= 400) ? ex.getErrorCode() : 400);
			return;
		}
		catch (IllegalStateException | MultipartException
				| org.apache.tomcat.util.http.fileupload.InvalidFileNameException ex) {
			// a multipart body that does not parse, a file name with a NUL
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (HttpMessageNotReadableException | RequestRejectedException ex) {
			// a PUT, PATCH or DELETE form body that does not decode (read by Spring's
			// form
			// content filter before any controller)
			if (response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST);
		}
	}

	/**
	 * Whether a field name holds a list position no form has: every form of Ukur names
	 * list items {@code rows[0].actual} with an index below Spring's growth limit of 256;
	 * {@code rows[abc]}, {@code rows[-1]} or {@code rows[300]} only come from hand-made
	 * requests and would fail deep in data binding.
	 */
	private static boolean hasBadIndex(Enumeration<String> names) {
		while (names.hasMoreElements()) {
			java.util.regex.Matcher index = INDEX.matcher(names.nextElement());
			while (index.find()) {
				String value = index.group(1);
				if (!value.matches("\\d{1,3}") || Integer.parseInt(value) >= MAX_INDEX) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a parameter holds a NUL character: no person types one, PostgreSQL cannot
	 * store one in a text column, and H2 would keep it where PostgreSQL refuses it.
	 */
	private static boolean hasNul(java.util.Map<String, String[]> parameters) {
		for (String[] values : parameters.values()) {
			for (String value : values) {
				if (value != null && value.indexOf('\0') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isConcreteType(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			type.getCharset();
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (IllegalArgumentException ex) {
			// not a media type, or a charset Java does not know
			return false;
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
			throws ServletException, IOException {
		HttpServletRequest withoutParameters = new WithoutParameters(request);
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(status);
		request.getRequestDispatcher("/error").forward(withoutParameters, response);
	}

	/** The request as the error page sees it: no parameters, no body type. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public String getQueryString() {
			return null;
		}

	}

}
