package id.ukur.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way Ukur reads and writes numbers that people type and read (docs/formats.md):
 * forms, text values sent to the API, text cells of spreadsheets and SOP times are read
 * by {@link #parse}; pages, PDFs, e-mails and explanations write numbers with
 * {@link #plain} or {@link #fixed}. Indonesian writes {@code 1.234,5}, English
 * {@code 1,234.5}. Built by hand rather than with {@code DecimalFormat} so that the text
 * does not depend on the JVM's locale data and exact values keep all their digits.
 */
public final class Numbers {

	/** The default language of Ukur. */
	public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

	/**
	 * The most whole digits any number Ukur accepts may have (docs/security.md,
	 * "Numbers"): rupiah budgets of a province reach 10^13, the widest plan column keeps
	 * 18 whole digits, and every accepted number fits a signed 64-bit integer.
	 */
	public static final int MAX_WHOLE_DIGITS = 18;

	/**
	 * The most decimals any number Ukur accepts may have: percentages, factors and times
	 * need a few; the widest column (an entry's actual) keeps 10.
	 */
	public static final int MAX_DECIMALS = 10;

	/**
	 * The most significant digits a number may carry to be looked at at all; a longer one
	 * cannot lie within the bounds without trailing zeros that no person types.
	 */
	private static final int MAX_PRECISION = 1000;

	/**
	 * The Jackson attribute that marks JSON Ukur wrote itself (a recap, a plan snapshot,
	 * an SOP revision): read back without the bounds of client input, since a recap keeps
	 * means with up to 12 decimals.
	 */
	public static final String STORED_JSON = "ukur.storedJson";

	private static final int MAX_LENGTH = 64;

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]");

	private static final Pattern SPACE_GROUPED = Pattern.compile("[+-]?\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?");

	private static final Pattern PLAIN = Pattern.compile("-?\\d+(?:\\.\\d+)?");

	private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(?:G\\d{3})+");

	private Numbers() {
	}

	/**
	 * Reads a number as a person types it in the given language. Spaces group thousands,
	 * a trailing {@code %} is dropped, a separator that is repeated or followed by three
	 * digits before the other separator groups thousands, the other separator is the
	 * decimal one. The only ambiguous text — one separator followed by exactly three
	 * digits, {@code 1.250} or {@code 1,250} — is read in the reader's language:
	 * Indonesian reads {@code 1.250} as 1250 and {@code 1,250} as 1,25; English the other
	 * way round. Exponents, more than {@value #MAX_WHOLE_DIGITS} whole digits or
	 * {@value #MAX_DECIMALS} decimals are not numbers.
	 * @param text the text typed, may be null
	 * @param locale the reader's language (English or else Indonesian)
	 * @return the number, or null when the text is empty or not a number
	 */
	public static BigDecimal parse(String text, Locale locale) {
		String digits = digits(text, locale);
		return (digits != null && withinBounds(digits)) ? new BigDecimal(digits) : null;
	}

	/** The text as plain digits ({@code -1250.5}), or null when it is not a number. */
	private static String digits(String text, Locale locale) {
		if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
			return null;
		}
		String cleaned = SPACES.matcher(text).replaceAll(" ").strip().replace('\u2212', '-');
		if (cleaned.endsWith("%")) {
			cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
		}
		if (cleaned.indexOf(' ') >= 0) {
			if (!SPACE_GROUPED.matcher(cleaned).matches()) {
				return null;
			}
			cleaned = cleaned.replace(" ", "");
		}
		boolean negative = cleaned.startsWith("-");
		if (negative || cleaned.startsWith("+")) {
			cleaned = cleaned.substring(1);
		}
		String digits = canonical(cleaned, isEnglish(locale) ? ',' : '.');
		return (digits == null) ? null : (negative ? "-" : "") + digits;
	}

	/**
	 * Whether a number lies within the bounds every number Ukur accepts keeps: at most
	 * {@value #MAX_WHOLE_DIGITS} whole digits and {@value #MAX_DECIMALS} decimals once
	 * trailing zeros are dropped. Decided from the precision and the scale, without
	 * arithmetic whose cost grows with the exponent ({@code 1e999999} and
	 * {@code 1e-999999999} are refused at once).
	 * @param value a number from JSON, a spreadsheet or a definition; null is within
	 * @return whether the number may be accepted
	 */
	public static boolean withinBounds(BigDecimal value) {
		if (value == null || value.signum() == 0) {
			return true;
		}
		int precision = value.precision();
		long scale = value.scale();
		if (precision > MAX_PRECISION || precision - scale > MAX_WHOLE_DIGITS) {
			return false;
		}
		if (scale <= MAX_DECIMALS) {
			return true;
		}
		// dropping trailing zeros lowers the scale by less than the precision
		return scale - precision < MAX_DECIMALS && value.stripTrailingZeros().scale() <= MAX_DECIMALS;
	}

	/**
	 * @return the refusal of a number outside the bounds, naming the field and the bounds
	 */
	public static FieldProblem bounds(String field) {
		return new FieldProblem(field, "validation.number.bounds", MAX_WHOLE_DIGITS, MAX_DECIMALS);
	}

	/**
	 * Whether a text is written as a number but has more digits than the bounds allow, so
	 * that a reader can say "too large" rather than "not a number".
	 * @see #parse(String, Locale)
	 */
	public static boolean beyondBounds(String text, Locale locale) {
		String digits = digits(text, locale);
		return digits != null && !withinBounds(digits);
	}

	/**
	 * Reads a number in Indonesian, the default language.
	 * @see #parse(String, Locale)
	 */
	public static BigDecimal parse(String text) {
		return parse(text, INDONESIAN);
	}

	/**
	 * @return the number with all its digits and no trailing zeros: {@code 1.250,5} in
	 * Indonesian, {@code 1,250.5} in English; empty for null
	 */
	public static String plain(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return write((stripped.scale() < 0) ? stripped.setScale(0) : stripped, locale);
	}

	/**
	 * @return the number rounded half-up to exactly {@code decimals} decimals
	 * ({@code 87,50}); empty for null
	 */
	public static String fixed(BigDecimal value, int decimals, Locale locale) {
		return (value != null) ? write(value.setScale(Math.max(0, decimals), RoundingMode.HALF_UP), locale) : "";
	}

	/**
	 * @return the number rounded half-up to at most {@code decimals} decimals, without
	 * trailing zeros ({@code 7,07}, {@code 70}); empty for null
	 */
	public static String rounded(BigDecimal value, int decimals, Locale locale) {
		return (value != null) ? plain(value.setScale(Math.max(0, decimals), RoundingMode.HALF_UP), locale) : "";
	}

	/**
	 * A value as Ukur keeps it in text ({@code 7.05}, a range {@code 88–98}, a scale
	 * value {@code BB}) in the reader's format ({@code 7,05}, {@code 88–98}, {@code BB}).
	 * @param stored the value as kept: a plain number ({@link BigDecimal#toPlainString}),
	 * two joined by an en dash, or any other text, which stays as it is
	 * @return the value to show, empty for null
	 */
	public static String localize(String stored, Locale locale) {
		if (stored == null) {
			return "";
		}
		int dash = stored.indexOf('–');
		if (dash > 0) {
			return localize(stored.substring(0, dash), locale) + "–" + localize(stored.substring(dash + 1), locale);
		}
		String trimmed = stored.trim();
		if (trimmed.length() > MAX_LENGTH || !PLAIN.matcher(trimmed).matches()) {
			return trimmed;
		}
		return plain(new BigDecimal(trimmed), locale);
	}

	/**
	 * The number format of a spreadsheet cell that shows the value with all its decimals
	 * (up to {@value #MAX_DECIMALS}) and grouped thousands; the spreadsheet program shows
	 * it with its reader's separators, the cell keeps the number.
	 * @return {@code #,##0} for whole numbers, {@code #,##0.00} for two decimals
	 */
	public static String cellFormat(BigDecimal value) {
		int decimals = (value != null) ? Math.min(Math.max(value.stripTrailingZeros().scale(), 0), MAX_DECIMALS) : 0;
		return (decimals == 0) ? "#,##0" : "#,##0." + "0".repeat(decimals);
	}

	/**
	 * @return whether the language writes numbers the English way
	 */
	public static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	private static String canonical(String text, char localGroup) {
		if (text.isEmpty() || !text.matches("[0-9.,]+") || !Character.isDigit(text.charAt(0))
				|| !Character.isDigit(text.charAt(text.length() - 1))) {
			return null;
		}
		int dots = count(text, '.');
		int commas = count(text, ',');
		if (dots > 0 && commas > 0) {
			char decimal = (text.lastIndexOf('.') > text.lastIndexOf(',')) ? '.' : ',';
			char group = (decimal == '.') ? ',' : '.';
			return (count(text, decimal) == 1) ? split(text, group, decimal) : null;
		}
		char separator = (dots > 0) ? '.' : ',';
		int separators = dots + commas;
		if (separators == 0) {
			return text;
		}
		if (separators > 1) {
			return grouped(text, separator) ? text.replace(String.valueOf(separator), "") : null;
		}
		boolean thousands = grouped(text, separator) && separator == localGroup;
		return thousands ? text.replace(String.valueOf(separator), "") : text.replace(separator, '.');
	}

	private static String split(String text, char group, char decimal) {
		int point = text.lastIndexOf(decimal);
		String whole = text.substring(0, point);
		if (whole.indexOf(group) >= 0 && !grouped(whole, group)) {
			return null;
		}
		return whole.replace(String.valueOf(group), "") + "." + text.substring(point + 1);
	}

	private static boolean grouped(String text, char group) {
		return GROUPED.matcher(text.replace(group, 'G')).matches();
	}

	private static boolean withinBounds(String signed) {
		String digits = signed.startsWith("-") ? signed.substring(1) : signed;
		int point = digits.indexOf('.');
		String whole = ((point < 0) ? digits : digits.substring(0, point)).replaceFirst("^0+(?=\\d)", "");
		int decimals = (point < 0) ? 0 : digits.length() - point - 1;
		return whole.length() <= MAX_WHOLE_DIGITS && decimals <= MAX_DECIMALS;
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((ch) -> ch == c).count();
	}

	private static String write(BigDecimal value, Locale locale) {
		char group = isEnglish(locale) ? ',' : '.';
		char decimal = isEnglish(locale) ? '.' : ',';
		String digits = value.abs().toPlainString();
		int point = digits.indexOf('.');
		String whole = (point < 0) ? digits : digits.substring(0, point);
		StringBuilder text = new StringBuilder((value.signum() < 0) ? "-" : "");
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				text.append(group);
			}
			text.append(whole.charAt(i));
		}
		if (point >= 0) {
			text.append(decimal).append(digits, point + 1, digits.length());
		}
		return text.toString();
	}

}
