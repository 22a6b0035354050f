package id.ukur.plan;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers typed in forms and spreadsheets, Indonesian or plain, read the same. */
class DecimalsTest {

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|', nullValues = "NULL",
			value = { "1234.5|1234.5", "1.234,5|1234.5", "1234,5|1234.5", "1.250.000|1250000", "70%|70", "6,5|6.5",
					"-2|-2", "-1.500|-1500", "' 12 '|12", "0|0", "abc|NULL", "''|NULL", "12,3,4|NULL" })
	void readsNumbersAsTyped(String text, String expected) {
		BigDecimal parsed = Decimals.parse(text);
		if (expected == null) {
			assertThat(parsed).isNull();
		}
		else {
			assertThat(parsed).isEqualByComparingTo(expected);
		}
	}

	@ParameterizedTest
	@CsvSource({ "70.000, 70", "1.25E+9, 1250000000", "0.50, 0.5" })
	void cleansWithoutExponents(String value, String plain) {
		assertThat(Decimals.plain(new BigDecimal(value))).isEqualTo(plain);
	}

}
