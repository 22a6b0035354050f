package id.ukur.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import id.ukur.shared.Numbers;

import org.springframework.format.Formatter;

/**
 * How a form field or request parameter of type {@code BigDecimal} is read: as a person
 * types it in the reader's language, within the bounds of {@link Numbers} — never through
 * {@code new BigDecimal(text)}, which takes {@code 1e999999}. Registered once in
 * {@link WebConfiguration} so that every such field added later is bounded too; the forms
 * of today keep their numbers as text and read them with {@link Numbers} as well.
 */
final class BoundedDecimals implements Formatter<BigDecimal> {

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		BigDecimal number = Numbers.parse(text, locale);
		if (number == null) {
			throw new ParseException("not a number within the bounds", 0);
		}
		return number;
	}

	@Override
	public String print(BigDecimal number, Locale locale) {
		return Numbers.plain(number, locale);
	}

}
