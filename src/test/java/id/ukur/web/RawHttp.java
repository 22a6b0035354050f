package id.ukur.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that well-behaved clients refuse to send
 * (bad percent-encoding in the path or query, a NUL in a header value, a body longer or
 * shorter than announced). One request per connection.
 */
final class RawHttp {

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends a request.
	 * @param method the method
	 * @param target the request target exactly as sent (not encoded here)
	 * @param headers extra headers
	 * @param body the body, or {@code null}
	 * @param announcedLength the Content-Length to announce when larger than the body
	 * (the rest is never sent), or -1
	 * @return the answer
	 */
	Answer send(String method, String target, Map<String, String> headers, byte[] body, long announcedLength)
			throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			StringBuilder head = new StringBuilder();
			head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
			head.append("Host: localhost:").append(this.port).append("\r\n");
			head.append("Connection: close\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			long length = (body != null) ? Math.max(body.length, announcedLength) : -1;
			if (length >= 0) {
				head.append("Content-Length: ").append(length).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			try {
				if (body != null) {
					out.write(body);
				}
				out.flush();
			}
			catch (IOException ex) {
				// the server may answer and close before it has read a body it refuses
			}
			return read(socket.getInputStream());
		}
	}

	private static Answer read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				all.write(buffer, 0, n);
			}
		}
		catch (java.net.SocketException ex) {
			// a reset after the answer was written: keep what arrived
			if (all.size() == 0) {
				throw ex;
			}
		}
		byte[] bytes = all.toByteArray();
		int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		if (end < 0) {
			throw new IOException("No HTTP answer (" + bytes.length + " bytes)");
		}
		String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim(), (first, second) -> first + "\n" + second);
		}
		byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Answer(status, headers, body);
	}

	private static byte[] unchunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (at < body.length) {
			int lineEnd = indexOf(java.util.Arrays.copyOfRange(body, at, body.length),
					"\r\n".getBytes(StandardCharsets.ISO_8859_1));
			if (lineEnd < 0) {
				break;
			}
			String size = new String(body, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
			int length = Integer.parseInt(size, 16);
			if (length == 0) {
				break;
			}
			int start = at + lineEnd + 2;
			out.write(body, start, Math.min(length, body.length - start));
			at = start + length + 2;
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		outer: for (int i = 0; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** An answer: status, headers (lower-case names) and body. */
	record Answer(int status, Map<String, String> headers, byte[] body) {

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		String header(String name) {
			return this.headers.get(name);
		}

		/**
		 * Whether the body is text a person or a program reads (not a PDF or a workbook).
		 */
		boolean isText() {
			String type = this.headers.getOrDefault("content-type", "");
			return type.isEmpty() || type.contains("json") || type.contains("text") || type.contains("html")
					|| type.contains("xml");
		}

	}

}
