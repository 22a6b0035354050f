package id.ukur.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way Ukur writes dates and times for people (docs/formats.md):
 * {@code 21 November
 * 2026} and {@code 21 Nov 2026 09.30} in Indonesian, {@code 21 November 2026} and
 * {@code 21 Nov 2026 09:30} in English. A time is always shown in the zone of the region
 * it belongs to, which the caller passes; years are never grouped.
 */
public final class Dates {

	private Dates() {
	}

	/**
	 * @return {@code 21 November 2026}, empty for null
	 */
	public static String date(LocalDate date, Locale locale) {
		return (date != null) ? DateTimeFormatter.ofPattern("d MMMM yyyy", language(locale)).format(date) : "";
	}

	/**
	 * @return the day name and date, {@code Sabtu, 21 November 2026}, empty for null
	 */
	public static String longDate(LocalDate date, Locale locale) {
		return (date != null) ? DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", language(locale)).format(date) : "";
	}

	/**
	 * @return the day of the instant in the zone, {@code 21 November 2026}, empty for
	 * null
	 */
	public static String date(Instant instant, ZoneId zone, Locale locale) {
		return (instant != null) ? date(LocalDate.ofInstant(instant, zone), locale) : "";
	}

	/**
	 * @return {@code 21 Nov 2026 09.30} (Indonesian) or {@code 21 Nov 2026 09:30} in the
	 * zone, empty for null
	 */
	public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
		if (instant == null) {
			return "";
		}
		String pattern = Numbers.isEnglish(locale) ? "d MMM yyyy HH:mm" : "d MMM yyyy HH.mm";
		return DateTimeFormatter.ofPattern(pattern, language(locale)).withZone(zone).format(instant);
	}

	/**
	 * @return the date with the month in full and the time in the zone, as a letter or an
	 * e-mail writes it: {@code 21 November 2026, 09.30} (Indonesian) or
	 * {@code 21 November 2026, 09:30}; empty for null
	 */
	public static String fullDateTime(Instant instant, ZoneId zone, Locale locale) {
		if (instant == null) {
			return "";
		}
		String pattern = Numbers.isEnglish(locale) ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy, HH.mm";
		return DateTimeFormatter.ofPattern(pattern, language(locale)).withZone(zone).format(instant);
	}

	/**
	 * @return a year as people write it, never grouped: {@code 2026}
	 */
	public static String year(int year) {
		return Integer.toString(year);
	}

	private static Locale language(Locale locale) {
		return Numbers.isEnglish(locale) ? Locale.UK : Numbers.INDONESIAN;
	}

}
