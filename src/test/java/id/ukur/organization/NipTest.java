package id.ukur.organization;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NipTest {

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(nullValues = "VALID",
			value = { "198503122010011004, VALID", "'19850312 201001 1 004', VALID", "'19850312 201001 2 004', VALID",
					"'', validation.nip.required", "'   ', validation.nip.required",
					"19850312201001100, validation.nip.digits", "1985031220100110044, validation.nip.digits",
					"19850312A01001100X, validation.nip.digits", "19851312201001100 4, validation.nip.dates",
					"198502302010011004, validation.nip.dates", "198503122010131004, validation.nip.dates",
					"198503122010013004, validation.nip.sex", "198503122010010004, validation.nip.sex" })
	void checksEighteenDigitsDatesAndSex(String nip, String problem) {
		assertThat(Nip.problem(nip)).isEqualTo(problem);
	}

	@ParameterizedTest
	@CsvSource({ "198503122010011004, 19850312 201001 1 004", "123, 123" })
	void formatsAsPrinted(String nip, String printed) {
		assertThat(Nip.format(nip)).isEqualTo(printed);
	}

}
