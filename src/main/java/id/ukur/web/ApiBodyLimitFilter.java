package id.ukur.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import id.ukur.shared.Limits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the JSON bodies of the API ({@link Limits#JSON_BODY}): a body that declares a
 * larger length is refused with 413 before a byte is read, one without a declared length
 * (chunked) is counted while it is read and refused as soon as it passes the limit. Runs
 * after authentication, so an anonymous caller still gets 401. Multipart uploads are
 * bounded by their own limits, and routes that read their body themselves after checking
 * permission (the SOP definition) apply their own, smaller limit.
 */
@Component
class ApiBodyLimitFilter extends OncePerRequestFilter {

	/** PUT of an SOP definition: the controller checks permission, then the size. */
	private static final Pattern SELF_LIMITED = Pattern.compile("/api/v1/agencies/[^/]+/sop");

	private final ProblemWriter problems;

	ApiBodyLimitFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
		return !path.startsWith("/api/") || type.startsWith("multipart/")
				|| ("PUT".equals(request.getMethod()) && SELF_LIMITED.matcher(path).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > Limits.JSON_BODY) {
			this.problems.write(request, response, 413, "validation.body.tooLarge", Limits.readable(Limits.JSON_BODY));
			return;
		}
		chain.doFilter(new Bounded(request), response);
	}

	/** The request with a body that stops at the limit. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private ServletInputStream input;

		Bounded(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.input == null) {
				this.input = new Counting(super.getInputStream());
			}
			return this.input;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			Charset charset = (getCharacterEncoding() != null) ? Charset.forName(getCharacterEncoding())
					: StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream body;

		private long count;

		Counting(ServletInputStream body) {
			this.body = body;
		}

		@Override
		public int read() throws IOException {
			int read = this.body.read();
			count((read < 0) ? 0 : 1);
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.body.read(buffer, offset, length);
			count(Math.max(read, 0));
			return read;
		}

		private void count(int read) {
			this.count += read;
			if (this.count > Limits.JSON_BODY) {
				throw Limits.tooLarge("body", Limits.JSON_BODY);
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
