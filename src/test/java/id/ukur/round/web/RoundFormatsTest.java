package id.ukur.round.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Working time, values and bars as the round pages write them, in both languages. */
class RoundFormatsTest {

	private static final long DAY = 510;

	private final RoundFormats formats = new RoundFormats(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void workingTimeReadsAsPeopleSayItInIndonesian() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));
		assertThat(this.formats.duration(80L, DAY)).isEqualTo("1 jam 20 menit");
		assertThat(this.formats.duration(2 * DAY, DAY)).isEqualTo("2 hari");
		assertThat(this.formats.duration(2 * DAY + 185, DAY)).isEqualTo("2 hari 3 jam");
		assertThat(this.formats.duration(45L, DAY)).isEqualTo("45 menit");
		assertThat(this.formats.duration(0L, DAY)).isEqualTo("0 menit");
		assertThat(this.formats.duration(null, DAY)).isEqualTo("–");
		assertThat(this.formats.lateBy(200L, 120L, DAY)).isEqualTo("1 jam 20 menit");
		assertThat(this.formats.lateBy(100L, 120L, DAY)).isNull();
	}

	@Test
	void workingTimeInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.duration(61L, DAY)).isEqualTo("1 hour 1 minute");
		assertThat(this.formats.duration(DAY + 120, DAY)).isEqualTo("1 day 2 hours");
	}

	@Test
	void valuesAsStoredAreShownInTheReadersFormat() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));
		assertThat(this.formats.value("1234.5")).isEqualTo("1.234,5");
		assertThat(this.formats.value("88–98")).isEqualTo("88–98");
		assertThat(this.formats.value("7.05")).isEqualTo("7,05");
		assertThat(this.formats.value("BB")).isEqualTo("BB");
		assertThat(this.formats.value(null)).isEqualTo("–");
		assertThat(this.formats.input(new BigDecimal("1234.50"))).isEqualTo("1.234,5");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.value("1234.5")).isEqualTo("1,234.5");
		assertThat(this.formats.input(new BigDecimal("1234.5"))).as("inputs are read back in the same language")
			.isEqualTo("1,234.5");
	}

	@Test
	void barsMoveInStepsOfFiveAndStopAtFull() {
		assertThat(this.formats.barClass(new BigDecimal("87.4"))).isEqualTo("w-pct-85");
		assertThat(this.formats.barClass(new BigDecimal("140.91"))).isEqualTo("w-pct-100");
		assertThat(this.formats.barClass(null)).isEqualTo("w-pct-0");
		assertThat(this.formats.progressClass(3, 5)).isEqualTo("w-pct-60");
		assertThat(this.formats.progressClass(0, 0)).isEqualTo("w-pct-0");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
