package id.ukur.calculation;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers in explanations: decimal comma, '.' between thousands, independent of the JVM's
 * locale.
 */
class IndonesianNumbersTest {

	@ParameterizedTest(name = "{0} -> {1} / {2} / {3}")
	@CsvSource(delimiter = '|',
			value = { "6.50|6,5|6,50|6,5", "6.5|6,5|6,50|6,5", "9|9|9,00|9", "1500000|1.500.000|1.500.000,00|1.500.000",
					"1234.565|1.234,565|1.234,57|1.234,565", "107.1428571429|107,1428571429|107,14|107,1428571429",
					"-3|-3|-3,00|(-3)", "0.000|0|0,00|0", "1E+3|1.000|1.000,00|1.000", "100|100|100,00|100",
					"-1234567.5|-1.234.567,5|-1.234.567,50|(-1.234.567,5)", "0.005|0,005|0,01|0,005",
					"999.995|999,995|1.000,00|999,995" })
	void writesNumbersTheIndonesianWay(BigDecimal value, String plain, String twoDecimals, String operand) {
		assertThat(IndonesianNumbers.plain(value)).isEqualTo(plain);
		assertThat(IndonesianNumbers.fixed(value, 2)).isEqualTo(twoDecimals);
		assertThat(IndonesianNumbers.operand(value)).isEqualTo(operand);
	}

	@ParameterizedTest(name = "{0} with 10 decimals -> {1}")
	@CsvSource(delimiter = '|', value = { "87.5|87,5000000000", "1234.5|1.234,5000000000" })
	void writesExactValues(BigDecimal value, String text) {
		assertThat(IndonesianNumbers.fixed(value, 10)).isEqualTo(text);
	}

}
