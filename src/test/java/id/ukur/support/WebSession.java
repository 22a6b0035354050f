package id.ukur.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A person's browser session over real HTTP without a browser: cookies, CSRF tokens taken
 * from the page, form posts, and the resulting page parsed with jsoup.
 */
public final class WebSession {

	private final HttpClient client;

	private final int port;

	private Document page;

	WebSession(int port) {
		this.port = port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** A browser-like session with an application started elsewhere. */
	public static WebSession on(int port) {
		return new WebSession(port);
	}

	/** Signs in through the login form; returns the page reached. */
	public Page login(String username, String password) {
		get("/login");
		return submit("/login", Map.of("username", username, "password", password));
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** Posts a form with the CSRF token of the last page seen. */
	public Page submit(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (this.page != null && this.page.selectFirst("input[name=_csrf]") != null) {
			all.put("_csrf", this.page.selectFirst("input[name=_csrf]").val());
		}
		String body = all.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Posts a form with one file as {@code multipart/form-data}, with the CSRF token of
	 * the last page seen.
	 */
	public Page submitFile(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
		String boundary = "ukur" + System.nanoTime();
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (this.page != null && this.page.selectFirst("input[name=_csrf]") != null) {
			all.put("_csrf", this.page.selectFirst("input[name=_csrf]").val());
		}
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary);
		if (all.containsKey("_csrf")) {
			request.header("X-CSRF-TOKEN", all.get("_csrf"));
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Downloads a file with the session's cookies: status, content type and bytes. */
	public Download download(String path) {
		try {
			HttpResponse<byte[]> response = this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a raw form body (for repeated fields such as several roles). */
	public Page submitRaw(String path, String encodedBody) {
		String csrf = this.page.selectFirst("input[name=_csrf]").val();
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encodedBody + "&_csrf=" + encode(csrf))));
	}

	private Page send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			this.page = Jsoup.parse(response.body(), response.uri().toString());
			return new Page(response.statusCode(), response.uri().getPath(), this.page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** A file downloaded. */
	public record Download(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}
	}

	/** A page reached: status, final path and the parsed document. */
	public record Page(int status, String path, Document document) {

		public String text(String selector) {
			var element = this.document.selectFirst(selector);
			return (element != null) ? element.text() : null;
		}

	}

}
