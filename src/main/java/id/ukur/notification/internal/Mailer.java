package id.ukur.notification.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends mails over the configured SMTP server, all of one event over one connection. Mail
 * is off when Spring Boot made no {@link JavaMailSender} (no {@code spring.mail.host}):
 * then the mails are only logged at debug level.
 */
@Component
class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> senders, @Value("${ukur.mail.from:ukur@localhost}") String from) {
		this.senders = senders;
		this.from = from;
	}

	/**
	 * Says once, at start, that mail is off: a newcomer can act on it (README,
	 * "Configuration"); each mail not sent is then logged at debug level only.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void sayIfOff() {
		if (this.senders.getIfAvailable() == null) {
			log.info("E-mail is off: spring.mail.host is not set (with spring.mail.port, spring.mail.username,"
					+ " spring.mail.password); Ukur sends no notifications until it is");
		}
	}

	/**
	 * Sends the mails.
	 * @param what the cause, for the log
	 * @param mails the mails, one per recipient
	 * @throws MailNotSent when the server refused some or all of them (already logged as
	 * a warning), so that the event's publication stays incomplete
	 */
	void send(String what, List<Mail> mails) {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			log.debug("Mail is off (no spring.mail.host): {} mail(s) for {} not sent", mails.size(), what);
			return;
		}
		List<MimeMessage> messages = new ArrayList<>();
		for (Mail mail : mails) {
			try {
				messages.add(message(sender, mail));
			}
			catch (MessagingException | UnsupportedEncodingException ex) {
				log.warn("Mail for {} to user {} skipped: {}", what, mail.to().userId(), ex.getMessage());
			}
		}
		if (messages.isEmpty()) {
			log.debug("No mail for {}: nobody to tell", what);
			return;
		}
		try {
			sender.send(messages.toArray(MimeMessage[]::new));
			log.debug("Sent {} mail(s) for {}", messages.size(), what);
		}
		catch (MailException ex) {
			log.warn("Mail for {} not sent ({} mail(s)): {}", what, messages.size(), ex.getMessage());
			throw new MailNotSent(what, ex);
		}
	}

	private MimeMessage message(JavaMailSender sender, Mail mail)
			throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		InternetAddress to = new InternetAddress(mail.to().email(), mail.to().displayName(),
				StandardCharsets.UTF_8.name());
		to.validate();
		helper.setTo(to);
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		return message;
	}

	/** The SMTP server did not take the mails of an event. */
	static final class MailNotSent extends RuntimeException {

		MailNotSent(String what, Throwable cause) {
			super("Mail for " + what + " not sent", cause);
		}

	}

}
