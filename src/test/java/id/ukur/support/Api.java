package id.ukur.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the JSON API over real HTTP, with HTTP Basic, a bearer token or no
 * credentials.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	private final String authorization;

	private String acceptLanguage;

	Api(int port, String username, String password) {
		this.port = port;
		this.authorization = (username == null) ? null : "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private Api(int port, String authorization) {
		this.port = port;
		this.authorization = authorization;
	}

	public static Api withBasic(int port, String username, String password) {
		return new Api(port, username, password);
	}

	public static Api anonymous(int port) {
		return new Api(port, null, null);
	}

	public static Api withToken(int port, String token) {
		return new Api(port, "Bearer " + token);
	}

	public Api acceptLanguage(String language) {
		this.acceptLanguage = language;
		return this;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response putAs(String path, String body, String contentType) {
		return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts one file as {@code multipart/form-data}. */
	public Response postFile(String path, String field, String fileName, byte[] content, String contentType) {
		String boundary = "ukur-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** Gets a binary answer (PDF, XLSX). */
	public byte[] getBytes(String path) {
		try {
			HttpResponse<byte[]> response = this.client.send(request(path).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		if (this.acceptLanguage != null) {
			builder.header("Accept-Language", this.acceptLanguage);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its body parsed on demand. */
	public record Response(int status, String body, String contentType, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

}
