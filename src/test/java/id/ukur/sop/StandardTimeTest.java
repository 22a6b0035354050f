package id.ukur.sop;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** sop.md §3: a step's time standard, its minutes and how SOPs write it. */
class StandardTimeTest {

	private static final WorkingCalendar STANDARD = WorkingCalendar.standard(Set.of());

	// Monday to Saturday, 08:00–14:00: 360 minutes a day
	private static final WorkingCalendar SIX_DAYS = new WorkingCalendar(ZoneId.of("Asia/Makassar"),
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(14, 0), Set.of());

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|',
			value = { "10 | MINUTES | 10 menit", "1 | HOURS | 1 jam", "1.5 | HOURS | 1,5 jam", "1.50 | HOURS | 1,5 jam",
					"3 | WORKING_DAYS | 3 hari", "0.5 | WORKING_DAYS | 0,5 hari", "10.0 | MINUTES | 10 menit",
					"100 | WORKING_DAYS | 100 hari", "1440 | MINUTES | 1.440 menit", "2.25 | HOURS | 2,25 jam",
					"12345.5 | MINUTES | 12.345,5 menit" })
	void displaysAsSopsWriteIt(BigDecimal amount, TimeUnit unit, String expected) {
		assertThat(new StandardTime(amount, unit).display()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} {1} -> {2} minutes")
	@CsvSource({ "10, MINUTES, 10", "10.5, MINUTES, 11", "10.4, MINUTES, 10", "1, HOURS, 60", "1.5, HOURS, 90",
			"0.01, HOURS, 1", "2.25, HOURS, 135", "1, WORKING_DAYS, 510", "3, WORKING_DAYS, 1530",
			"0.5, WORKING_DAYS, 255", "0.25, WORKING_DAYS, 128", "1.5, WORKING_DAYS, 765" })
	void convertsToMinutesOfTheStandardCalendar(BigDecimal amount, TimeUnit unit, long expected) {
		assertThat(new StandardTime(amount, unit).minutes(STANDARD)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} {1} -> {2} minutes")
	@CsvSource({ "1, WORKING_DAYS, 360", "0.5, WORKING_DAYS, 180", "2, HOURS, 120", "45, MINUTES, 45" })
	void aWorkingDayIsTheCalendarsWorkingHours(BigDecimal amount, TimeUnit unit, long expected) {
		assertThat(new StandardTime(amount, unit).minutes(SIX_DAYS)).isEqualTo(expected);
	}

	@Test
	void minutesAndHoursNeedNoCalendar() {
		assertThat(new StandardTime(BigDecimal.ONE, TimeUnit.HOURS).minutes(null)).isEqualTo(60);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StandardTime(BigDecimal.ONE, TimeUnit.WORKING_DAYS).minutes(null))
			.withMessageContaining("working calendar");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "0", "0.00", "-1", "-0.5" })
	void refusesAmountsThatAreNotPositive(BigDecimal amount) {
		assertThatIllegalArgumentException().isThrownBy(() -> new StandardTime(amount, TimeUnit.HOURS))
			.withMessageContaining("greater than zero");
	}

	@Test
	void refusesMissingParts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StandardTime(null, TimeUnit.HOURS))
			.withMessageContaining("amount");
		assertThatIllegalArgumentException().isThrownBy(() -> new StandardTime(BigDecimal.TEN, null))
			.withMessageContaining("unit");
	}

	@Test
	void theSameAmountWrittenDifferentlyIsTheSameStandard() {
		StandardTime written = new StandardTime(new BigDecimal("1.50"), TimeUnit.HOURS);
		assertThat(written).isEqualTo(new StandardTime(new BigDecimal("1.5"), TimeUnit.HOURS));
		assertThat(new StandardTime(BigDecimal.TEN, TimeUnit.MINUTES).amount().toString()).isEqualTo("10");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0.01     | true
			0.25     | true
			1.50     | true
			100000    | true
			100000.00 | true
			100000.01 | false
			0.001    | false
			0        | false
			-1       | false
			1E+999999    | false
			1E-999999999 | false
			""")
	void anAmountIsPositiveAtMostAHundredThousandWithTwoDecimals(BigDecimal amount, boolean fits) {
		assertThat(StandardTime.fits(amount)).as(amount.toString()).isEqualTo(fits);
		if (!fits) {
			assertThatIllegalArgumentException().isThrownBy(() -> new StandardTime(amount, TimeUnit.MINUTES));
		}
	}

}
