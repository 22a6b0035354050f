package id.ukur.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one reading and writing of numbers (docs/formats.md), in Indonesian and English.
 */
class NumbersTest {

	private static final Locale ENGLISH = Locale.UK;

	@ParameterizedTest(name = "[{0}] id -> {1}, en -> {2}")
	@CsvSource(delimiter = '|', nullValues = "NULL", value = {
			// the ambiguous case: one separator followed by exactly three digits
			"1.250|1250|1.25", "1,250|1.25|1250", "-1.500|-1500|-1.5", "12.345|12345|12.345",
			// unambiguous whatever the language
			"1.250,5|1250.5|1250.5", "1,250.5|1250.5|1250.5", "1,25|1.25|1.25", "7.05|7.05|7.05", "6,5|6.5|6.5",
			"0.250|0.25|0.25", "0,250|0.25|0.25", "1234.5|1234.5|1234.5", "1234,5|1234.5|1234.5",
			"1.250.000|1250000|1250000", "1,250,000|1250000|1250000", "1.250.000,75|1250000.75|1250000.75",
			"1,250,000.75|1250000.75|1250000.75", "12.3456|12.3456|12.3456",
			// signs, spaces and percent
			"-3|-3|-3", "+4|4|4", "−2,5|-2.5|-2.5", "1 250|1250|1250", "1 250 000,5|1250000.5|1250000.5",
			"' 12 '|12|12", "70 %|70|70", "70%|70|70", "12,5 %|12.5|12.5", "0|0|0", "-0|0|0",
			// not numbers
			"abc|NULL|NULL", "''|NULL|NULL", "'   '|NULL|NULL", "%|NULL|NULL", "1e5|NULL|NULL", "1E5|NULL|NULL",
			"12,3,4|NULL|NULL", "1.25.0|NULL|NULL", "1.2,3.4|NULL|NULL", "1,250,5|NULL|NULL", "1 25|NULL|NULL",
			"12a|NULL|NULL", "- 3|NULL|NULL", "--3|NULL|NULL", ".5|NULL|NULL", "5.|NULL|NULL", "1,2.3,4|NULL|NULL",
			"Rp 100|NULL|NULL", "NaN|NULL|NULL", "Infinity|NULL|NULL", "0x10|NULL|NULL", "1.000.00|NULL|NULL",
			// bounds: 18 whole digits and 10 decimals at most
			"999999999999999999|999999999999999999|999999999999999999", "1000000000000000000|NULL|NULL",
			"0,1234567891|0.1234567891|0.1234567891", "0,12345678912|NULL|NULL" })
	void readsWhatPeopleType(String text, String indonesian, String english) {
		expect(Numbers.parse(text, Numbers.INDONESIAN), indonesian);
		expect(Numbers.parse(text, ENGLISH), english);
	}

	@Test
	void refusesHugeTextWithoutWork() {
		assertThat(Numbers.parse("9".repeat(100_000), ENGLISH)).isNull();
		assertThat(Numbers.parse("1" + ".000".repeat(1_000), Numbers.INDONESIAN)).isNull();
		assertThat(Numbers.parse(null, ENGLISH)).isNull();
	}

	@Test
	void defaultsToIndonesian() {
		assertThat(Numbers.parse("1.250")).isEqualByComparingTo("1250");
		assertThat(Numbers.parse("1.250", null)).isEqualByComparingTo("1250");
		assertThat(Numbers.parse("1.250", Locale.forLanguageTag("fr"))).isEqualByComparingTo("1250");
	}

	@ParameterizedTest(name = "{0} -> id {1}, en {2}")
	@CsvSource(delimiter = '|',
			value = { "1250.5|1.250,5|1,250.5", "56.75|56,75|56.75", "7.070|7,07|7.07",
					"-1234567.125|-1.234.567,125|-1,234,567.125", "1.25E+9|1.250.000.000|1,250,000,000", "0.50|0,5|0.5",
					"100|100|100", "2026|2.026|2,026" })
	void writesPlainNumbers(String value, String indonesian, String english) {
		assertThat(Numbers.plain(new BigDecimal(value), Numbers.INDONESIAN)).isEqualTo(indonesian);
		assertThat(Numbers.plain(new BigDecimal(value), ENGLISH)).isEqualTo(english);
	}

	@ParameterizedTest(name = "{0} to {1} -> id {2}, en {3}")
	@CsvSource(delimiter = '|',
			value = { "87.5|2|87,50|87.50", "104.075|2|104,08|104.08", "-0.005|2|-0,01|-0.01", "1234.4|0|1.234|1,234" })
	void writesFixedDecimals(String value, int decimals, String indonesian, String english) {
		assertThat(Numbers.fixed(new BigDecimal(value), decimals, Numbers.INDONESIAN)).isEqualTo(indonesian);
		assertThat(Numbers.fixed(new BigDecimal(value), decimals, ENGLISH)).isEqualTo(english);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "7.0711|2|7,07", "70.000|2|70", "1250.555|2|1.250,56" })
	void writesRoundedWithoutTrailingZeros(String value, int decimals, String indonesian) {
		assertThat(Numbers.rounded(new BigDecimal(value), decimals, Numbers.INDONESIAN)).isEqualTo(indonesian);
	}

	@ParameterizedTest(name = "{0} -> id {1}, en {2}")
	@CsvSource(delimiter = '|',
			value = { "56.75|56,75|56.75", "88–98|88–98|88–98", "1250.5–2000|1.250,5–2.000|1,250.5–2,000", "BB|BB|BB",
					"-3|-3|-3", "1.0E+3|1.0E+3|1.0E+3", "' 7.05 '|7,05|7.05" })
	void localizesStoredValues(String stored, String indonesian, String english) {
		assertThat(Numbers.localize(stored, Numbers.INDONESIAN)).isEqualTo(indonesian);
		assertThat(Numbers.localize(stored, ENGLISH)).isEqualTo(english);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1250.5", "0.25", "-1234567.125", "1250000", "7.05", "0" })
	void readsBackWhatItWrites(String value) {
		BigDecimal number = new BigDecimal(value);
		for (Locale locale : new Locale[] { Numbers.INDONESIAN, ENGLISH }) {
			assertThat(Numbers.parse(Numbers.plain(number, locale), locale)).isEqualByComparingTo(number);
		}
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0                                | true
			0E+999999                        | true
			0E-999999999                     | true
			999999999999999999               | true
			-999999999999999999              | true
			999999999999999999.9999999999    | true
			1E+17                            | true
			0.0000000001                     | true
			1.50000000000000000000000000000  | true
			123.4500000000000000             | true
			1E+18                            | false
			1000000000000000000              | false
			-1000000000000000000             | false
			0.00000000001                    | false
			0.12345678901                    | false
			1E+999999                        | false
			1E-999999999                     | false
			-1E-2147483647                   | false
			1E+2147483647                    | false
			""")
	void boundsEveryNumberWithoutWork(String number, boolean within) {
		long start = System.nanoTime();
		assertThat(Numbers.withinBounds(new BigDecimal(number))).as(number).isEqualTo(within);
		assertThat(System.nanoTime() - start).as("decided at once").isLessThan(2_000_000_000L);
	}

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1.000.000.000.000.000.000           | true
			1000000000000000000                 | true
			-1000000000000000000                | true
			0,12345678901                       | true
			999.999.999.999.999.999             | false
			12,5                                | false
			abc                                 | false
			12,3,4                              | false
			1e999999                            | false
			""")
	void tellsTooLargeFromNotANumber(String text, boolean beyond) {
		assertThat(Numbers.beyondBounds(text, Numbers.INDONESIAN)).as(text).isEqualTo(beyond);
	}

	private static void expect(BigDecimal parsed, String expected) {
		if (expected == null) {
			assertThat(parsed).isNull();
		}
		else {
			assertThat(parsed).isEqualByComparingTo(expected);
		}
	}

}
