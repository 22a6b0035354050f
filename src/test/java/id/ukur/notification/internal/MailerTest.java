package id.ukur.notification.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import id.ukur.organization.Recipient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Mail is optional, and a server that does not answer is reported, not hidden. */
class MailerTest {

	private static final List<Mail> MAILS = List.of(new Mail(new Recipient(1, "Rina Wulandari", "rina@ukur.test"),
			"[Ukur] Uji", "Yth. Rina Wulandari,", "<p>Yth. Rina Wulandari,</p>"));

	@Test
	void withoutAMailServerNothingIsSent() {
		Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				"ukur@localhost");

		assertThatCode(() -> mailer.send("test", MAILS)).doesNotThrowAnyException();
	}

	@Test
	void anUnreachableServerLeavesTheEventUnfinished() throws IOException {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(closedPort());
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		Mailer mailer = new Mailer(beans.getBeanProvider(JavaMailSender.class), "ukur@localhost");

		assertThatExceptionOfType(Mailer.MailNotSent.class).isThrownBy(() -> mailer.send("test", MAILS));
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
