package id.ukur.round.internal.report;

import java.util.Locale;

import id.ukur.shared.Labels;

import org.springframework.context.MessageSource;

/**
 * The message bundle in one language, for the workbooks (the PDF template reads the
 * bundle itself).
 */
final class Texts {

	private final MessageSource messages;

	private final Locale locale;

	Texts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * @return the language of the texts
	 */
	Locale locale() {
		return this.locale;
	}

	/**
	 * @return the text of a key that must exist
	 */
	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/**
	 * @return the text of {@code prefix + code} when the bundle has it, else the code
	 * itself, so that a code added later still prints
	 */
	String label(String prefix, String code) {
		if (code == null) {
			return null;
		}
		return Labels.of(this.messages, prefix, code, this.locale);
	}

	/**
	 * @return a formula as the calculation names it, in the reader's words
	 */
	String formula(String named) {
		return Labels.formula(this.messages, named, this.locale);
	}

	/**
	 * @return a text that starts with a code ({@code EFFICIENT: ...}), the code named
	 */
	String leading(String prefix, String text) {
		return Labels.leading(this.messages, prefix, text, this.locale);
	}

	/**
	 * @return {@code Ya} or {@code Tidak}
	 */
	String yesNo(boolean value) {
		return get(value ? "report.answer.yes" : "report.answer.no");
	}

}
