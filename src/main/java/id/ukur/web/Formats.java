package id.ukur.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates in the reader's language: {@code 1.234,56} and
 * {@code 21 November 2026} in Indonesian. Used in templates as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	/** The forms of a calendar date an SOP may write as text. */
	private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			writtenIn(Languages.INDONESIAN), writtenIn(Locale.UK));

	/**
	 * @return the number with the given decimals, grouped, half-up
	 */
	public String number(Number value, int decimals) {
		if (value == null) {
			return "–";
		}
		BigDecimal number = (value instanceof BigDecimal big) ? big : new BigDecimal(value.toString());
		DecimalFormat format = new DecimalFormat(pattern(decimals), DecimalFormatSymbols.getInstance(locale()));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(number);
	}

	/**
	 * @return a whole number, grouped
	 */
	public String integer(Number value) {
		return number(value, 0);
	}

	/**
	 * @return {@code 21 November 2026}
	 */
	public String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date) : "–";
	}

	/**
	 * @return {@code 21 Nov 2026 09.30} in Asia/Jakarta
	 */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "–";
		}
		String pattern = isIndonesian() ? "d MMM yyyy HH.mm" : "d MMM yyyy HH:mm";
		return DateTimeFormatter.ofPattern(pattern, locale()).withZone(DEFAULT_ZONE).format(instant);
	}

	/**
	 * @return the day name and date: {@code Sabtu, 21 November 2026}
	 */
	public String longDate(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale()).format(date) : "–";
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
	 * @return today in Asia/Jakarta
	 */
	public LocalDate today() {
		return LocalDate.now(DEFAULT_ZONE);
	}

	private static DateTimeFormatter writtenIn(Locale locale) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(locale);
	}

	private static String pattern(int decimals) {
		return (decimals <= 0) ? "#,##0" : "#,##0." + "0".repeat(decimals);
	}

	private static boolean isIndonesian() {
		return "id".equals(locale().getLanguage());
	}

	private static Locale locale() {
		Locale locale = LocaleContextHolder.getLocale();
		return "en".equals(locale.getLanguage()) ? Locale.UK : Languages.INDONESIAN;
	}

}
