package id.ukur.round.internal.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.ukur.organization.Nip;
import id.ukur.shared.Dates;
import id.ukur.shared.Numbers;

/**
 * Numbers and dates as the round's documents print them: {@code 1.234,56} and
 * {@code 21 November 2026} in Indonesian, {@code 1,234.56} in English, written by
 * {@link Numbers} and {@link Dates} like every page. Used by the PDF template as
 * {@code fmt}, so its methods are public.
 */
public final class ReportFormats {

	/** What an empty number cell shows. */
	public static final String NONE = "—";

	static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

	/** A number as {@link BigDecimal#toPlainString()} writes it, or a range of two. */
	private static final Pattern PLAIN = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(?:\\s*[–-]\\s*(-?\\d+(?:\\.\\d+)?))?");

	private final Locale locale;

	private final ZoneId zone;

	ReportFormats(Locale locale, ZoneId zone) {
		this.locale = Numbers.isEnglish(locale) ? Locale.UK : INDONESIAN;
		this.zone = zone;
	}

	/**
	 * @return a percentage with two decimals, half-up ({@code 107,14}), or {@code —}
	 */
	public String percent(BigDecimal value) {
		return (value != null) ? Numbers.fixed(value, 2, this.locale) : NONE;
	}

	/**
	 * @return an amount in whole rupiah, grouped ({@code 1.250.000}), or {@code —}
	 */
	public String money(BigDecimal value) {
		return (value != null) ? Numbers.fixed(value, 0, this.locale) : NONE;
	}

	/**
	 * A target or actual as written by the calculation. Numbers (and ranges of numbers)
	 * in plain notation are regrouped for the reader; anything else (a scale value such
	 * as {@code WTP}) is printed unchanged.
	 * @return the value for a reader, or {@code —} when there is none
	 */
	public String value(String written) {
		if (written == null || written.isBlank()) {
			return NONE;
		}
		Matcher matcher = PLAIN.matcher(written.trim());
		if (!matcher.matches()) {
			return written;
		}
		String first = Numbers.plain(new BigDecimal(matcher.group(1)), this.locale);
		return (matcher.group(2) != null) ? first + "–" + Numbers.plain(new BigDecimal(matcher.group(2)), this.locale)
				: first;
	}

	/**
	 * @return the number a target or actual holds, or null when it is a scale value, a
	 * range or empty
	 */
	static BigDecimal number(String written) {
		if (written == null) {
			return null;
		}
		Matcher matcher = PLAIN.matcher(written.trim());
		return (matcher.matches() && matcher.group(2) == null) ? new BigDecimal(matcher.group(1)) : null;
	}

	/**
	 * @return the day in the document's time zone: {@code 21 November 2026}
	 */
	public String date(Instant instant) {
		return Dates.date(instant, this.zone, this.locale);
	}

	/** A calendar date (a due date), null printed as nothing. */
	public String day(java.time.LocalDate date) {
		return (date != null) ? Dates.date(date, this.locale) : "";
	}

	/**
	 * @return the NIP grouped as printed: {@code 19700101 199503 1 001}
	 */
	public String nip(String nip) {
		String digits = Nip.normalize(nip);
		return digits.isEmpty() ? "" : Nip.format(digits);
	}

	/**
	 * @return the CSS class giving a rating its colour, see {@link RatingColours}
	 */
	public String ratingClass(String code) {
		return "rating-pos-" + RatingColours.position(code);
	}

}
