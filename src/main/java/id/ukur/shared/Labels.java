package id.ukur.shared;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * The one way to name a coded value for people: the message {@code prefix.CODE} in the
 * reader's language (docs/formats.md, "Coded values"). Pages, workbooks, PDFs, DOCX and
 * e-mails name enum constants and the codes a calculation writes into its explanations
 * through here, so that no constant name such as {@code REVERSE_DIFFERENCE} reaches a
 * reader.
 */
public final class Labels {

	/** The message prefix of each enum, by its simple name; others use their own name. */
	private static final Map<String, String> PREFIXES = Map.of("Formula", "formula.", "PeriodAggregation",
			"aggregation.", "Polarity", "polarity.", "Efficiency", "report.efficiency.", "ResultStatus", "status.",
			"ProjectionMethod", "projection.method.");

	/** A code as a calculation writes it at the start of a part: {@code RATIO: R / T}. */
	private static final Pattern NAMED = Pattern.compile("^([A-Z][A-Z_]{2,})(?::\\s*(.*))?$");

	/** A code in brackets, as a projection names the aggregation it applies to. */
	private static final Pattern BRACKETED = Pattern.compile("\\(([A-Z][A-Z_]{2,}(?:, [A-Z][A-Z_]{2,})*)\\)");

	private Labels() {
	}

	/**
	 * @return the message key naming the value, e.g. {@code formula.RATIO}
	 */
	public static String key(Enum<?> value) {
		String simple = value.getDeclaringClass().getSimpleName();
		String prefix = PREFIXES.getOrDefault(simple,
				Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + ".");
		return prefix + value.name();
	}

	/**
	 * @return the value's name in the reader's language; null for null
	 */
	public static String of(MessageSource messages, Enum<?> value, Locale locale) {
		return (value != null) ? messages.getMessage(key(value), null, value.name(), locale) : null;
	}

	/**
	 * @param prefix the message prefix, e.g. {@code formula.}
	 * @param code a code kept as text
	 * @return the code's name, or the code when the bundle has none (a code added later
	 * still prints); null for null
	 */
	public static String of(MessageSource messages, String prefix, String code, Locale locale) {
		return (code != null) ? messages.getMessage(prefix + code, null, code, locale) : null;
	}

	/**
	 * A text that starts with a code, as a recap keeps a verdict and its explanation
	 * ({@code EFFICIENT: ...}), with the code named.
	 * @param prefix the code's message prefix, e.g. {@code report.efficiency.}
	 * @return the text to show; null for null
	 */
	public static String leading(MessageSource messages, String prefix, String text, Locale locale) {
		if (text == null) {
			return null;
		}
		Matcher coded = NAMED.matcher(text.trim());
		if (!coded.matches()) {
			return text;
		}
		String word = messages.getMessage(prefix + coded.group(1), null, coded.group(1), locale);
		return (coded.group(2) != null) ? word + ": " + coded.group(2) : word;
	}

	/**
	 * A formula as the calculation names it ({@code RATIO: R / T × 100; LAST_VALUE: R dan
	 * T periode terakhir yang dilaporkan}, also in recaps stored with their texts), in
	 * the reader's words: each coded part by its message ({@code formula.RATIO},
	 * {@code aggregation.rule.LAST_VALUE}), a bracketed code by its name.
	 * @return the formula to show; null for null
	 */
	public static String formula(MessageSource messages, String named, Locale locale) {
		if (named == null) {
			return null;
		}
		StringBuilder shown = new StringBuilder();
		for (String part : named.split("; ")) {
			if (!shown.isEmpty()) {
				shown.append("; ");
			}
			Matcher coded = NAMED.matcher(part.trim());
			String word = coded.matches() ? word(messages, coded.group(1), locale) : null;
			shown.append((word != null) ? word : bracketed(messages, part, locale));
		}
		return shown.toString();
	}

	private static String word(MessageSource messages, String code, Locale locale) {
		for (String prefix : new String[] { "formula.", "aggregation.rule.", "aggregation." }) {
			String word = messages.getMessage(prefix + code, null, null, locale);
			if (word != null) {
				return word;
			}
		}
		return null;
	}

	private static String bracketed(MessageSource messages, String part, Locale locale) {
		Matcher codes = BRACKETED.matcher(part);
		StringBuilder shown = new StringBuilder();
		while (codes.find()) {
			StringBuilder words = new StringBuilder();
			for (String code : codes.group(1).split(", ")) {
				String word = messages.getMessage("aggregation." + code, null, code, locale);
				words.append(words.isEmpty() ? "" : ", ").append(word.toLowerCase(locale));
			}
			codes.appendReplacement(shown, Matcher.quoteReplacement("(" + words + ")"));
		}
		codes.appendTail(shown);
		return shown.toString();
	}

}
