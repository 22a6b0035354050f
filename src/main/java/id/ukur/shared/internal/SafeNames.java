package id.ukur.shared.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the name a client gave a file into one that is safe to store and to offer for
 * download: no path, no control characters, only letters, digits, spaces and
 * {@code . - _ ( )}, at most 120 characters, ending in the extension of the detected
 * type.
 */
final class SafeNames {

	static final int MAX_LENGTH = 120;

	private static final String FALLBACK = "berkas";

	/**
	 * A trailing part that reads as an extension: a few letters or digits, one a letter.
	 */
	private static final Pattern EXTENSION = Pattern.compile("(?=[0-9]*\\p{L})[\\p{L}0-9]{1,5}");

	private SafeNames() {
	}

	/**
	 * @param original the name as given, possibly null or with a path
	 * @param type the type found in the content
	 * @return the safe name
	 */
	static String of(String original, FileType type) {
		String name = clean(lastSegment((original != null) ? original : ""));
		String base = name;
		int dot = name.lastIndexOf('.');
		if (dot >= 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
			base = name.substring(0, dot);
			String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
			if (type.isKnownBy(extension)) {
				return join(base, extension);
			}
		}
		return join(base, type.extension());
	}

	private static String lastSegment(String name) {
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	}

	private static String clean(String name) {
		StringBuilder safe = new StringBuilder(name.length());
		Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().forEach((c) -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				return;
			}
			if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '(' || c == ')') {
				safe.appendCodePoint(c);
			}
			else {
				safe.append((Character.isWhitespace(c) || Character.isSpaceChar(c)) ? ' ' : '_');
			}
		});
		return safe.toString().replaceAll(" {2,}", " ").strip();
	}

	private static String join(String base, String extension) {
		String trimmed = trim(base);
		int room = MAX_LENGTH - extension.length() - 1;
		if (trimmed.length() > room) {
			// never cut a letter outside the BMP in half
			int cut = Character.isHighSurrogate(trimmed.charAt(room - 1)) ? room - 1 : room;
			trimmed = trim(trimmed.substring(0, cut));
		}
		return (trimmed.isEmpty() ? FALLBACK : trimmed) + "." + extension;
	}

	/**
	 * No leading or trailing dots or spaces: no hidden files, no "..", no names that
	 * Windows would change.
	 */
	private static String trim(String base) {
		return base.replaceAll("^[. ]+|[. ]+$", "");
	}

}
