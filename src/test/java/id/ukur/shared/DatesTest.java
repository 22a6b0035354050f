package id.ukur.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates and times as every page, document and e-mail writes them: Indonesian with a dot
 * between hours and minutes, English with a colon, always in the region's zone.
 */
class DatesTest {

	private static final Instant AT = Instant.parse("2026-07-10T02:30:00Z");

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			id | Asia/Jakarta  | 10 Juli 2026 | 10 Jul 2026 09.30 | 10 Juli 2026, 09.30
			id | Asia/Makassar | 10 Juli 2026 | 10 Jul 2026 10.30 | 10 Juli 2026, 10.30
			id | Asia/Jayapura | 10 Juli 2026 | 10 Jul 2026 11.30 | 10 Juli 2026, 11.30
			en | Asia/Jakarta  | 10 July 2026 | 10 Jul 2026 09:30 | 10 July 2026, 09:30
			""")
	void writesDatesAndTimesInTheLanguageAndZone(String language, String zone, String date, String dateTime,
			String full) {
		Locale locale = Locale.forLanguageTag(language);
		ZoneId region = ZoneId.of(zone);
		assertThat(Dates.date(AT, region, locale)).isEqualTo(date);
		assertThat(Dates.date(LocalDate.of(2026, 7, 10), locale)).isEqualTo(date);
		assertThat(Dates.dateTime(AT, region, locale)).isEqualTo(dateTime);
		assertThat(Dates.fullDateTime(AT, region, locale)).isEqualTo(full);
		assertThat(Dates.fullDateTime(null, region, locale)).isEmpty();
	}

}
