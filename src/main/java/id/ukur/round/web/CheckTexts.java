package id.ukur.round.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import id.ukur.calculation.PlausibilityFlag;
import id.ukur.round.EntryView;
import id.ukur.round.ValueCheck;
import id.ukur.shared.Numbers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The sentences of the plausibility checks' flags (docs/calculation.md), their numbers
 * written in the reader's format: for the pages ({@code @checkTexts}) and the API's
 * warnings.
 */
@Component("checkTexts")
class CheckTexts {

	private final MessageSource messages;

	CheckTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @return the flag as a sentence in the current request's language
	 */
	public String message(PlausibilityFlag flag) {
		return message(flag, LocaleContextHolder.getLocale());
	}

	String message(PlausibilityFlag flag, Locale locale) {
		Object[] arguments = flag.arguments()
			.stream()
			.map((BigDecimal value) -> Numbers.plain(value, locale))
			.toArray();
		return this.messages.getMessage(flag.messageKey(), arguments, locale);
	}

	/**
	 * @return the flags of a check as the API answers them, none for no check
	 */
	List<EntryView.Warning> warnings(ValueCheck check, Locale locale) {
		if (check == null) {
			return List.of();
		}
		return check.flags().stream().map((flag) -> new EntryView.Warning(flag.code(), message(flag, locale))).toList();
	}

}
