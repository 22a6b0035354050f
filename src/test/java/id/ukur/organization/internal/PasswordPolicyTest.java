package id.ukur.organization.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(nullValues = "OK", value = {
			// long enough and not common
			"Rahasia kantor kami, OK", "kopi pahit di pagi hari, OK", "gX7#pL2qvR, OK", "abcdefghij-k, OK",
			// too short or too long
			"'', validation.password.length", "abc1234, validation.password.length",
			"Tb8#x2kQ9, validation.password.length",
			// what the attack found accepted, and its siblings
			"password1, validation.password.length", "password123, validation.password.common",
			"Password2026!, validation.password.common", "1234567890, validation.password.common",
			"qwertyuiop, validation.password.common", "Bismillah123, validation.password.common",
			"123indonesia, validation.password.common", "iloveyou2026, validation.password.common",
			"ukur20262026, validation.password.common",
			// one character repeated
			"aaaaaaaaaaaa, validation.password.oneCharacter", "0000000000000, validation.password.oneCharacter",
			// the username, in any case and inside a longer password
			"budi.santoso, validation.password.username", "BUDI.SANTOSO99, validation.password.username",
			"kata-budi.santoso-ku, validation.password.username" })
	void explainsWhatIsWrong(String password, String problem) {
		assertThat(PasswordPolicy.problem(password, "budi.santoso")).isEqualTo(problem);
	}

	@org.junit.jupiter.api.Test
	void aPasswordOfMoreThan128CharactersIsRefused() {
		assertThat(PasswordPolicy.problem("kalimat panjang ".repeat(9), "budi"))
			.isEqualTo("validation.password.tooLong");
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
