package id.ukur.plan;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers kept exact, without trailing zeros or exponents (reading: NumbersTest). */
class DecimalsTest {

	@ParameterizedTest
	@CsvSource({ "70.000, 70", "1.25E+9, 1250000000", "0.50, 0.5" })
	void cleansWithoutExponents(String value, String plain) {
		assertThat(Decimals.plain(new BigDecimal(value))).isEqualTo(plain);
	}

}
