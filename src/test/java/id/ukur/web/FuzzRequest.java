package id.ukur.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One malformed request of the fuzz test.
 *
 * @param route the route it aims at (method and path template), for the summary
 * @param variant what is wrong with it
 * @param caller who sends it (a key of the fuzz test's callers)
 * @param method the HTTP method
 * @param target the request target exactly as sent
 * @param headers headers besides the caller's
 * @param body the body or {@code null}
 * @param announcedLength a Content-Length larger than the body, or -1
 */
record FuzzRequest(String route, String variant, String caller, String method, String target,
		Map<String, String> headers, byte[] body, long announcedLength) {

	static FuzzRequest of(String route, String variant, String caller, String method, String target) {
		return new FuzzRequest(route, variant, caller, method, target, Map.of(), null, -1);
	}

	static FuzzRequest withBody(String route, String variant, String caller, String method, String target,
			String contentType, String body) {
		return new FuzzRequest(route, variant, caller, method, target,
				(contentType != null) ? Map.of("Content-Type", contentType) : Map.of(),
				body.getBytes(StandardCharsets.UTF_8), -1);
	}

	FuzzRequest as(String otherCaller) {
		return new FuzzRequest(this.route, this.variant, otherCaller, this.method, this.target, this.headers, this.body,
				this.announcedLength);
	}

	@Override
	public String toString() {
		return this.method + " " + abbreviate(this.target) + " [" + this.variant + "] as " + this.caller;
	}

	private static String abbreviate(String text) {
		return (text.length() > 160) ? text.substring(0, 160) + "…" : text;
	}

}
