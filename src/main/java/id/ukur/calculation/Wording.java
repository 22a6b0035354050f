package id.ukur.calculation;

import java.util.Locale;

/**
 * The language an explanation is written in (docs/calculation.md, "Explanations"). Every
 * phrase exists once in both languages ({@link Phrase}); the numbers in it are written
 * the Indonesian way in both, the product's one number format. A calculation without a
 * wording writes Indonesian, the language of the sealed documents.
 */
public enum Wording {

	/** Bahasa Indonesia: the default, and the language of stored and sealed texts. */
	INDONESIAN,

	/** English, for an English reader of a page, workbook or API answer. */
	ENGLISH;

	/**
	 * @param locale the reader's locale, may be null
	 * @return {@link #ENGLISH} for an English locale, otherwise {@link #INDONESIAN}
	 */
	public static Wording of(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? ENGLISH : INDONESIAN;
	}

	/**
	 * @param args the values of the pattern's {@code {0}}, {@code {1}}, ... (already
	 * formatted)
	 * @return the phrase in this language
	 */
	String say(Phrase phrase, Object... args) {
		String text = (this == ENGLISH) ? phrase.english() : phrase.indonesian();
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

}
