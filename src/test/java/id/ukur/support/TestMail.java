package id.ukur.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server every integration test's application sends its mail to: a GreenMail
 * server on a free port, started once per test JVM on first use and stopped when the JVM
 * exits (like {@link TestDatabase}).
 */
public final class TestMail {

	private static final Duration GRACE = Duration.ofMillis(300);

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(TestMail::stop));
		}
		return server;
	}

	public static String host() {
		return server().getSmtp().getBindTo();
	}

	public static int port() {
		return server().getSmtp().getPort();
	}

	/**
	 * Waits until at least {@code count} received mails match, then a little longer so
	 * that a surplus would show, and returns the matching ones. Other tests' mails do not
	 * disturb: only matching mails count.
	 * @param which the mails wanted
	 * @param count how many are expected
	 * @param timeout how long to wait at most
	 * @return the matching mails, possibly fewer than expected after the timeout
	 */
	public static List<MimeMessage> await(Predicate<MimeMessage> which, int count, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (matching(which).size() < count && System.nanoTime() < end) {
			server().waitForIncomingEmail(100, server().getReceivedMessages().length + 1);
		}
		sleep(GRACE);
		return matching(which);
	}

	/**
	 * @return the decoded {@code text/plain} part of a mail, or {@code ""} when it has
	 * none
	 */
	public static String plainText(Part part) {
		return part(part, "text/plain");
	}

	/**
	 * @return the decoded {@code text/html} part of a mail, or {@code ""} when it has
	 * none
	 */
	public static String html(Part part) {
		return part(part, "text/html");
	}

	private static String part(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return part.getContent().toString();
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart body = multipart.getBodyPart(i);
					String text = part(body, type);
					if (!text.isEmpty()) {
						return text;
					}
				}
			}
			return "";
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<MimeMessage> matching(Predicate<MimeMessage> which) {
		return Arrays.stream(server().getReceivedMessages()).filter(which).toList();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static synchronized void stop() {
		if (server != null) {
			server.stop();
		}
	}

}
