package id.ukur.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An HTTP Basic request sent from a chosen loopback address (127.0.0.2, 127.0.0.3, …):
 * every test otherwise comes from 127.0.0.1, and the sign-in throttle counts per source
 * address. HTTP/1.0 over a plain socket, so the answer is never chunked.
 */
public final class FromAddress {

	private FromAddress() {
	}

	public static Answer get(int port, String localAddress, String path, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		String request = "GET " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
				+ credentials + "\r\nAccept: application/json\r\n\r\n";
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(localAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String head = (end < 0) ? text : text.substring(0, end);
			String body = (end < 0) ? "" : text.substring(end + 4);
			int status = Integer.parseInt(head.substring(head.indexOf(' ') + 1, head.indexOf(' ') + 4));
			return new Answer(status, head, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Status, header lines and body of an answer. */
	public record Answer(int status, String head, String body) {

		public String header(String name) {
			for (String line : this.head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}

	}

}
