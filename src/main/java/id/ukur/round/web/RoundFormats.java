package id.ukur.round.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.ukur.round.CapInForce;
import id.ukur.round.Recap;
import id.ukur.round.RoundReturn;
import id.ukur.round.StepView;
import id.ukur.shared.Dates;
import id.ukur.shared.Numbers;

import id.ukur.shared.Labels;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the round pages show beyond {@code @fmt}: working time as people say it ("1 jam 20
 * menit", "2 hari"), values as written in forms turned into the reader's number format,
 * numbers for form inputs, and widths for bars. Used in templates as {@code @roundFmt}.
 */
@Component("roundFmt")
public class RoundFormats {

	private final MessageSource messages;

	RoundFormats(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The review's or decision's "no" that sent the round back to its current step, for
	 * the current-step panel (docs/rounds.md, "The inbox").
	 * @param steps every instance of the round's steps
	 * @return the return, or null
	 */
	public RoundReturn returned(List<StepView> steps) {
		return (steps != null) ? RoundReturn.holding(steps).orElse(null) : null;
	}

	/**
	 * Working minutes in days (of the region's working day), hours and minutes, the two
	 * largest parts: {@code 2 hari 3 jam}, {@code 1 jam 20 menit}, {@code 45 menit}.
	 * @param minutes working minutes, or null
	 * @param dailyMinutes the length of one working day in minutes
	 * @return the text, {@code –} for null
	 */
	public String duration(Long minutes, long dailyMinutes) {
		if (minutes == null) {
			return "–";
		}
		long rest = Math.max(0, minutes);
		long day = (dailyMinutes > 0) ? dailyMinutes : 510;
		long days = rest / day;
		rest -= days * day;
		long hours = rest / 60;
		long mins = rest - hours * 60;
		List<String> parts = new ArrayList<>();
		if (days > 0) {
			parts.add(message("rounds.duration.days", days));
		}
		if (hours > 0) {
			parts.add(message("rounds.duration.hours", hours));
		}
		if (mins > 0 || parts.isEmpty()) {
			parts.add(message("rounds.duration.minutes", mins));
		}
		return String.join(" ", parts.subList(0, Math.min(2, parts.size())));
	}

	/**
	 * @return how much longer than the standard a step took (or is taking), or null when
	 * it is not late
	 */
	public String lateBy(Long actual, Long standard, long dailyMinutes) {
		if (actual == null || standard == null || actual <= standard) {
			return null;
		}
		return duration(actual - standard, dailyMinutes);
	}

	/**
	 * A value as stored ({@code 7.05}, {@code 88–98}, {@code BB}) in the reader's number
	 * format ({@code 7,05}, {@code 88–98}, {@code BB}).
	 * @param text the value as stored, or null
	 * @return the value to show, {@code –} for null
	 */
	public String value(String text) {
		return (text == null || text.isBlank()) ? "–" : Numbers.localize(text, locale());
	}

	/**
	 * @return a number as typed into a form, in the reader's format ({@code 1.234,5}),
	 * which the server reads back in the same language; empty for null
	 */
	public String input(BigDecimal number) {
		return typed(number);
	}

	/**
	 * @return a number as the unit form shows it for editing, in the reader's format
	 * ({@code 1.234,5}), empty for null
	 */
	static String typed(BigDecimal number) {
		return Numbers.plain(number, locale());
	}

	/**
	 * @return the share of {@code part} in {@code whole} in steps of five, 0–100
	 */
	public int percent5(long part, long whole) {
		if (whole <= 0) {
			return 0;
		}
		return clamp(Math.round(part * 20.0 / whole) * 5);
	}

	/**
	 * @return the CSS width class of a bar for an achievement (full at 100 % and above)
	 */
	public String barClass(BigDecimal achievement) {
		if (achievement == null) {
			return "w-pct-0";
		}
		long steps = achievement.divide(BigDecimal.valueOf(5), 0, RoundingMode.HALF_UP).longValue();
		return "w-pct-" + clamp(steps * 5);
	}

	/**
	 * @return the CSS width class of a progress bar
	 */
	public String progressClass(long part, long whole) {
		return "w-pct-" + percent5(part, whole);
	}

	/**
	 * @return a file size for people: {@code 512 B}, {@code 12 KB}, {@code 1,2 MB}
	 */
	public String fileSize(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		BigDecimal megabytes = BigDecimal.valueOf(bytes)
			.divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP);
		return Numbers.rounded(megabytes, 1, locale()) + " MB";
	}

	/**
	 * @return a formula as the calculation names it ({@code RATIO: R / T × 100}) in the
	 * reader's words
	 */
	public String formula(String named) {
		return (named != null) ? Labels.formula(this.messages, named, LocaleContextHolder.getLocale()) : "–";
	}

	/**
	 * @return the cap a roll-up was calculated with, in words ("Capaian dibatasi paling
	 * tinggi 150 %", "tanpa batas", or that the recap does not say)
	 */
	public String recapCap(Recap recap) {
		return cap(CapInForce.of(recap));
	}

	/**
	 * @return the cap in words, as {@link #recapCap}
	 */
	public String cap(CapInForce cap) {
		Locale locale = LocaleContextHolder.getLocale();
		if (cap == null || !cap.known()) {
			return this.messages.getMessage("rounds.recap.cap.unknown", null, locale);
		}
		if (cap.cap() == null) {
			return this.messages.getMessage("rounds.recap.cap.none", null, locale);
		}
		return this.messages.getMessage("rounds.recap.cap", new Object[] { Numbers.plain(cap.cap(), locale) }, locale);
	}

	/**
	 * A value of a journal line (as kept in JSON) in the reader's words: statuses and
	 * periods by their labels, numbers and dates in the reader's format, yes or no.
	 * @param key the name of the value in the journal
	 * @param value the value as kept
	 * @return the value to show
	 */
	public String journalValue(String key, String value) {
		if (value == null || value.equals("–")) {
			return "–";
		}
		return switch (key) {
			case "status" -> label(value, "rounds.entryStatus.", "rounds.planStatus.");
			case "period" -> label(value, "rounds.period.");
			case "actual", "agencyAchievement" -> value(value);
			case "deadline", "dueDate" -> date(value);
			case "late", "provisional" -> switch (value) {
				case "true" -> message("report.answer.yes");
				case "false" -> message("report.answer.no");
				default -> value;
			};
			case "returnTo" -> value.replace("[", "")
				.replace("]", "")
				.replace("\"", "")
				.replace("TEAM", message("rounds.review.returnTeam"))
				.replace(",", ", ");
			default -> value;
		};
	}

	private String label(String value, String... prefixes) {
		for (String prefix : prefixes) {
			String text = this.messages.getMessage(prefix + value, null, null, LocaleContextHolder.getLocale());
			if (text != null) {
				return text;
			}
		}
		return value;
	}

	private String date(String iso) {
		try {
			return Dates.date(java.time.LocalDate.parse(iso), locale());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return iso;
		}
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

	private static int clamp(long value) {
		return (int) Math.max(0, Math.min(100, value));
	}

	private String message(String code, long amount) {
		return this.messages.getMessage(code, new Object[] { amount }, code, LocaleContextHolder.getLocale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
