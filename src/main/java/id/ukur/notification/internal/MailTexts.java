package id.ukur.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import id.ukur.organization.Recipient;
import id.ukur.shared.Dates;
import id.ukur.shared.PublicAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the mails from the {@code mail.*} messages in the mail language (Indonesian
 * unless {@code ukur.mail.language} says otherwise): greeting, paragraphs, the link to
 * the round and a footer, as plain text and as simple HTML.
 */
@Component
class MailTexts {

	private final MessageSource messages;

	private final String baseUrl;

	private final Locale locale;

	MailTexts(MessageSource messages, PublicAddress address, @Value("${ukur.mail.language:id}") String language) {
		this.messages = messages;
		this.baseUrl = address.url();
		this.locale = Locale.forLanguageTag(language);
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/**
	 * @return the subject of the key with the {@code [Ukur]} mark
	 */
	String subject(String key, Object... args) {
		return text("mail.subject", text(key, args));
	}

	/** Dates and times as pages and documents write them (id.ukur.shared.Dates). */
	String date(LocalDate date) {
		return Dates.date(date, this.locale);
	}

	String dateTime(Instant instant, ZoneId zone) {
		return Dates.fullDateTime(instant, zone, this.locale);
	}

	/**
	 * @return the link to the round's page
	 */
	String roundLink(long roundId) {
		return this.baseUrl + "/rounds/" + roundId;
	}

	Mail compose(Recipient to, long roundId, String subject, List<String> paragraphs) {
		String greeting = text("mail.greeting", to.displayName());
		String link = roundLink(roundId);
		String footer = text("mail.footer");
		StringBuilder plain = new StringBuilder(greeting).append("\n\n");
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(this.locale.getLanguage())
			.append("\"><body style=\"font-family:sans-serif\"><p>")
			.append(escape(greeting))
			.append("</p>");
		for (String paragraph : paragraphs) {
			plain.append(paragraph).append("\n\n");
			html.append("<p>").append(escape(paragraph)).append("</p>");
		}
		plain.append(text("mail.link", link)).append("\n\n-- \n").append(footer).append('\n');
		html.append("<p><a href=\"")
			.append(escape(link))
			.append("\">")
			.append(escape(text("mail.link.label")))
			.append("</a></p><p style=\"color:#666;font-size:small\">")
			.append(escape(footer))
			.append("</p></body></html>");
		return new Mail(to, subject, plain.toString(), html.toString());
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
