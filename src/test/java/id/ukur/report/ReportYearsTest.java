package id.ukur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ukur.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule of the years the dashboards and the LKjIP tables answer for. */
class ReportYearsTest {

	@ParameterizedTest
	@CsvSource(nullValues = "null",
			value = { "2026, 2026", "' 2025 ', 2025", "2000, 2000", "2100, 2100", "'', 2031", "null, 2031" })
	void aYearIsTakenOrTheDefaultWhenNoneIsGiven(String text, int year) {
		assertThat(ReportYears.parse(text, () -> 2031)).isEqualTo(year);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1999", "2101", "20x5", "2.026", "-2026", "99999999999" })
	void anythingElseIsRefusedNamingTheField(String text) {
		assertThatThrownBy(() -> ReportYears.parse(text, () -> 2031)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).extracting((p) -> p.field()).containsExactly("year"));
	}

}
