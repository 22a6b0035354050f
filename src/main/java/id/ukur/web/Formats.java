package id.ukur.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import id.ukur.organization.RegionClock;
import id.ukur.shared.Dates;
import id.ukur.shared.Numbers;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates in the reader's language ({@code 1.234,56} and {@code 21 November
 * 2026} in Indonesian) and times in the zone of the reader's region, written by
 * {@link Numbers} and {@link Dates} (docs/formats.md). Used in templates as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

	private static final String NONE = "–";

	private final RegionClock clock;

	Formats(RegionClock clock) {
		this.clock = clock;
	}

	/** The forms of a calendar date an SOP may write as text. */
	private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			writtenIn(Languages.INDONESIAN), writtenIn(Locale.UK));

	/**
	 * @return the number with the given decimals, grouped, half-up
	 */
	public String number(Number value, int decimals) {
		return (value != null) ? Numbers.fixed(decimal(value), decimals, locale()) : NONE;
	}

	/**
	 * @return a whole number, grouped
	 */
	public String integer(Number value) {
		return number(value, 0);
	}

	/**
	 * @return the number with all its digits, without trailing zeros: {@code 56,75}
	 */
	public String plain(Number value) {
		return (value != null) ? Numbers.plain(decimal(value), locale()) : NONE;
	}

	/**
	 * @return a value as kept ({@code 56.75}, {@code 80–90}, {@code WTP}, a number) in
	 * the reader's format; {@code –} when there is none
	 */
	public String value(Object value) {
		if (value == null || value.toString().isBlank()) {
			return NONE;
		}
		return (value instanceof Number number) ? plain(number) : Numbers.localize(value.toString(), locale());
	}

	/**
	 * @return a year, never grouped: {@code 2026}
	 */
	public String year(Integer year) {
		return (year != null) ? Dates.year(year) : NONE;
	}

	/**
	 * @return {@code 21 November 2026}
	 */
	public String date(LocalDate date) {
		return (date != null) ? Dates.date(date, locale()) : NONE;
	}

	/**
	 * @return {@code 21 Nov 2026 09.30} in the zone of the reader's region
	 */
	public String dateTime(Instant instant) {
		return (instant != null) ? Dates.dateTime(instant, this.clock.currentZone(), locale()) : NONE;
	}

	/**
	 * @return the day name and date: {@code Sabtu, 21 November 2026}
	 */
	public String longDate(LocalDate date) {
		return (date != null) ? Dates.longDate(date, locale()) : NONE;
	}

	/**
	 * A date an SOP writes as text ({@code approvedOn}, {@code effectiveOn} ...): a
	 * calendar date, ISO ({@code 2022-01-10}) or written out ({@code 10 Januari 2022}),
	 * is printed as {@link #date}; anything else ({@code Januari 2023}, {@code -}) as
	 * written.
	 * @return the date for the reader, or a dash when there is none
	 */
	public String writtenDate(String text) {
		if (text == null || text.isBlank()) {
			return "–";
		}
		String trimmed = text.trim();
		for (DateTimeFormatter format : WRITTEN_DATES) {
			try {
				return date(LocalDate.parse(trimmed, format));
			}
			catch (DateTimeParseException ex) {
				// not this form; the next, or the text as written
			}
		}
		return trimmed;
	}

	/**
	 * @return today in the zone of the reader's region
	 */
	public LocalDate today() {
		return this.clock.today();
	}

	private static DateTimeFormatter writtenIn(Locale locale) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(locale);
	}

	private static BigDecimal decimal(Number value) {
		return (value instanceof BigDecimal big) ? big : new BigDecimal(value.toString());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
