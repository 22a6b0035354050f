package id.ukur.report.internal.lkjip;

import java.math.BigDecimal;
import java.util.Locale;

import id.ukur.shared.Numbers;

import org.springframework.context.MessageSource;

/**
 * The texts and number formats of the LKjIP documents in the reader's language:
 * {@code 1.234,56} in Indonesian, {@code 1,234.56} in English (docs/formats.md).
 */
public final class LkjipTexts {

	/** What an empty cell shows. */
	public static final String NONE = "—";

	private final MessageSource messages;

	private final Locale locale;

	public LkjipTexts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = Numbers.isEnglish(locale) ? Locale.UK : Numbers.INDONESIAN;
	}

	public Locale locale() {
		return this.locale;
	}

	public String get(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/**
	 * @return a percentage with two decimals ({@code 107,14}), or {@code —}
	 */
	public String percent(BigDecimal value) {
		return (value != null) ? Numbers.fixed(value, 2, this.locale) : NONE;
	}

	/**
	 * @return whole rupiah, grouped ({@code 1.183.500.000}), or {@code —}
	 */
	public String money(BigDecimal value) {
		return (value != null) ? Numbers.fixed(value, 0, this.locale) : NONE;
	}

	/**
	 * @return a value as kept ({@code 20.46}, {@code 85–95}, {@code BB}) for a reader, or
	 * {@code —}
	 */
	public String value(String kept) {
		return (kept != null && !kept.isBlank()) ? Numbers.localize(kept, this.locale) : NONE;
	}

	/**
	 * @return an achievement, or the reason there is none ("Belum dilaporkan")
	 */
	public String achievement(BigDecimal value, String status) {
		if (value != null) {
			return percent(value);
		}
		return (status != null) ? get("lkjip.status." + status) : NONE;
	}

	/**
	 * @return the verdict in words ("Efisien"), or "not assessed"
	 */
	public String efficiency(String code) {
		return get("lkjip.efficiency." + ((code != null) ? code : "NONE"));
	}

	/**
	 * @return the period's name ("Triwulan IV (TW IV)")
	 */
	public String period(String period) {
		return (period != null) ? get("rounds.period." + period) : NONE;
	}

}
