package id.ukur.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates an SOP writes as text (Tanggal pengesahan, efektif ...): a calendar date in
 * the reader's format, anything else as written.
 */
class WrittenDateTest {

	private final Formats formats = new Formats(org.mockito.Mockito.mock(id.ukur.organization.RegionClock.class));

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@ParameterizedTest(name = "{0} ({1}) -> {2}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			10 Januari 2022    | id | 10 Januari 2022
			01 januari 2023    | id | 1 Januari 2023
			2022-01-10         | id | 10 Januari 2022
			17 August 2026     | id | 17 Agustus 2026
			10 Januari 2022    | en | 10 January 2022
			Januari 2023       | id | Januari 2023
			-                  | id | -
			'  '               | id | –
			NULL               | id | –
			""")
	void aCalendarDateIsPrintedForTheReaderAndOtherTextAsWritten(String written, String language, String printed) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		assertThat(this.formats.writtenDate(written)).isEqualTo(printed);
	}

}
