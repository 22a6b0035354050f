package id.ukur.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import id.ukur.organization.RegionClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class FormatsTest {

	private final RegionClock clock = mock(RegionClock.class);

	private final Formats formats = new Formats(this.clock);

	@BeforeEach
	void wib() {
		given(this.clock.currentZone()).willReturn(ZoneId.of("Asia/Jakarta"));
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void indonesianNumbersAndDates() {
		LocaleContextHolder.setLocale(new Locale("id", "ID"));
		assertThat(this.formats.number(new BigDecimal("1234.565"), 2)).isEqualTo("1.234,57");
		assertThat(this.formats.number(107.14, 2)).isEqualTo("107,14");
		assertThat(this.formats.integer(1500000)).isEqualTo("1.500.000");
		assertThat(this.formats.date(LocalDate.of(2026, 8, 17))).isEqualTo("17 Agustus 2026");
		assertThat(this.formats.longDate(LocalDate.of(2026, 11, 21))).isEqualTo("Sabtu, 21 November 2026");
		assertThat(this.formats.dateTime(Instant.parse("2026-11-21T02:30:00Z"))).isEqualTo("21 Nov 2026 09.30");
		assertThat(this.formats.number(null, 2)).isEqualTo("–");
	}

	@Test
	void englishWhenTheReaderChoseEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.number(new BigDecimal("1234.5"), 2)).isEqualTo("1,234.50");
		assertThat(this.formats.date(LocalDate.of(2026, 8, 17))).isEqualTo("17 August 2026");
	}

	@Test
	void timesInTheZoneOfTheReadersRegion() {
		LocaleContextHolder.setLocale(new Locale("id", "ID"));
		given(this.clock.currentZone()).willReturn(ZoneId.of("Asia/Makassar"));
		assertThat(this.formats.dateTime(Instant.parse("2026-11-21T02:30:00Z"))).isEqualTo("21 Nov 2026 10.30");
		given(this.clock.currentZone()).willReturn(ZoneId.of("Asia/Jayapura"));
		assertThat(this.formats.dateTime(Instant.parse("2026-11-21T02:30:00Z"))).isEqualTo("21 Nov 2026 11.30");
	}

	@Test
	void storedValuesAndYearsForReaders() {
		LocaleContextHolder.setLocale(new Locale("id", "ID"));
		assertThat(this.formats.value("56.75")).isEqualTo("56,75");
		assertThat(this.formats.value(new BigDecimal("1250.5"))).isEqualTo("1.250,5");
		assertThat(this.formats.value("80–90")).isEqualTo("80–90");
		assertThat(this.formats.value("WTP")).isEqualTo("WTP");
		assertThat(this.formats.value(null)).isEqualTo("–");
		assertThat(this.formats.year(2026)).isEqualTo("2026");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.value("1250.5")).isEqualTo("1,250.5");
		assertThat(this.formats.year(2026)).isEqualTo("2026");
	}

}
