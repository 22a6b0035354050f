package id.ukur.organization.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(nullValues = "OK",
			value = { "Rahasia2026, OK", "abc12345, OK", "kata sandi 1, OK", "abc1234, validation.password.length",
					"'', validation.password.length", "abcdefghij, validation.password.mix",
					"1234567890, validation.password.mix", "budi2026x, OK", "budi2026, validation.password.username" })
	void explainsWhatIsWrong(String password, String problem) {
		assertThat(PasswordPolicy.problem(password, "budi2026")).isEqualTo(problem);
	}

	@org.junit.jupiter.api.Test
	void temporaryPasswordsPassThePolicy() {
		for (int i = 0; i < 200; i++) {
			assertThat(PasswordPolicy.problem(Secrets.temporaryPassword(), "someone")).isNull();
		}
	}

	@org.junit.jupiter.api.Test
	void tokensAreStoredAsDigests() {
		String token = Secrets.apiToken();
		assertThat(token).startsWith("ukr_").hasSizeGreaterThan(40);
		assertThat(Secrets.sha256(token)).hasSize(64).isNotEqualTo(token);
		assertThat(Secrets.apiToken()).isNotEqualTo(token);
	}

}
