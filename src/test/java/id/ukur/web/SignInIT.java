package id.ukur.web;

import id.ukur.organization.UserAccounts;
import id.ukur.support.Api;
import id.ukur.support.FromAddress;
import id.ukur.support.IntegrationTest;
import id.ukur.support.OwnUsers;
import id.ukur.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords is slowed down without anybody being able to lock a person out
 * (docs/security.md, "Sign-in"). Every test uses its own users and its own source address
 * (127.0.0.x), so that it neither disturbs the demo accounts nor is disturbed by other
 * tests' failures from 127.0.0.1.
 */
class SignInIT extends IntegrationTest {

	private static final String AGENCIES = "/api/v1/agencies";

	@Autowired
	private UserAccounts accounts;

	private String ownUser(String prefix) {
		return OwnUsers.auditor(this.port, tokenApi("pwk.admin"), "pwk", prefix);
	}

	@Test
	void everySpellingOfAUsernameCountsAgainstTheOneAccount() {
		String username = ownUser("ejaan");
		String[] spellings = { username.toUpperCase(), "  " + username + "  ", " " + username.toUpperCase(),
				Character.toUpperCase(username.charAt(0)) + username.substring(1), username + "\t" };
		for (String spelling : spellings) {
			assertThat(
					FromAddress.get(this.port, "127.0.0.21", AGENCIES, spelling, "bukan-sandinya-" + spelling.length())
						.status())
				.as("'%s'", spelling)
				.isIn(401, 429);
		}
		FromAddress.Answer right = FromAddress.get(this.port, "127.0.0.21", AGENCIES, username, OwnUsers.PASSWORD);
		assertThat(right.status()).as("five failures under other spellings were counted for the account")
			.isEqualTo(429);
		assertThat(right.header("Retry-After")).isNotBlank();
		// and a right password under another spelling is the same account
		assertThat(FromAddress
			.get(this.port, "127.0.0.22", AGENCIES, " " + username.toUpperCase() + " ", OwnUsers.PASSWORD)
			.status()).isEqualTo(200);
	}

	@Test
	void anAttackerElsewhereNeitherLocksTheOwnerOutNorStopsTheOwnersToken() {
		String username = ownUser("sasaran");
		String token = this.accounts.createToken(this.accounts.byUsername(username).orElseThrow(), "Skrip");
		for (int attempt = 0; attempt < 12; attempt++) {
			FromAddress.get(this.port, "127.0.0.23", AGENCIES, username, "tebakan-" + attempt);
		}
		assertThat(FromAddress.get(this.port, "127.0.0.23", AGENCIES, username, OwnUsers.PASSWORD).status())
			.as("the guessing address waits, even with the right password")
			.isEqualTo(429);

		assertThat(Api.withBasic(this.port, username, OwnUsers.PASSWORD).get(AGENCIES).status())
			.as("the owner from another address")
			.isEqualTo(200);
		assertThat(web().login(username, OwnUsers.PASSWORD).path()).isEqualTo("/");
		assertThat(Api.withToken(this.port, token).get(AGENCIES).status()).as("the owner's token").isEqualTo(200);
		assertThat(this.jdbc
			.sql("select count(*) from information_schema.columns where table_name = 'app_user'"
					+ " and column_name in ('failed_attempts', 'locked_until')")
			.query(Integer.class)
			.single()).as("no account has a lock to set (V8_4_1)").isZero();
	}

	@Test
	void theWaitAnswersAlikeForRealAndMadeUpUsernames() {
		String real = ownUser("nyata");
		String madeUp = OwnUsers.name("khayalan");
		FromAddress.Answer[] answers = new FromAddress.Answer[2];
		String[] names = { real, madeUp };
		for (int i = 0; i < 2; i++) {
			for (int attempt = 0; attempt < 6; attempt++) {
				FromAddress.get(this.port, "127.0.0.24", AGENCIES, names[i], "salah-" + attempt);
			}
			answers[i] = FromAddress.get(this.port, "127.0.0.24", AGENCIES, names[i], "salah-lagi");
		}
		assertThat(answers[0].status()).isEqualTo(429);
		assertThat(answers[1].status()).isEqualTo(answers[0].status());
		assertThat(answers[1].body().replace(madeUp, "")).isEqualTo(answers[0].body().replace(real, ""));
		assertThat(answers[0].body()).contains("Terlalu banyak percobaan masuk");
	}

	@Test
	void theSignInPageAnswersAlikeForRealAndMadeUpUsernames() {
		String real = ownUser("halaman");
		String madeUp = OwnUsers.name("entah");
		String[] messages = new String[2];
		String[] names = { real, madeUp };
		for (int i = 0; i < 2; i++) {
			WebSession browser = web();
			for (int attempt = 0; attempt < 4; attempt++) {
				browser.login(names[i], "salah-" + attempt);
			}
			messages[i] = browser.login(names[i], "salah-lagi").text("#login-error");
		}
		assertThat(messages[0]).contains("Terlalu banyak percobaan masuk");
		assertThat(messages[1]).isEqualTo(messages[0]);
		assertThat(web().login(real, OwnUsers.PASSWORD).text("#login-error"))
			.as("while this address waits, not even the right password is looked at")
			.isEqualTo(messages[0]);
	}

	@Test
	void oneAddressTryingManyAccountsIsStoppedThereOnly() {
		String owner = ownUser("semprot");
		for (int i = 0; i < 50; i++) {
			FromAddress.get(this.port, "127.0.0.25", AGENCIES, OwnUsers.name("acak" + i), "Rahasia-" + i);
		}
		assertThat(FromAddress.get(this.port, "127.0.0.25", AGENCIES, owner, OwnUsers.PASSWORD).status())
			.isEqualTo(429);
		assertThat(FromAddress.get(this.port, "127.0.0.26", AGENCIES, owner, OwnUsers.PASSWORD).status())
			.isEqualTo(200);
	}

	@Test
	void metricsOfTheInstallationAreForItsOperatorsOnly() {
		assertThat(tokenApi("pwk.admin").get("/actuator/prometheus").status()).as("a region's administrator")
			.isEqualTo(403);
		assertThat(tokenApi("lmg.admin").get("/actuator/prometheus").status()).isEqualTo(403);
		String operator = OwnUsers.installationAdmin(this.port, this.accounts, "pwk");
		Api.Response metrics = Api.withBasic(this.port, operator, OwnUsers.PASSWORD).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(anonymousApi().get("/actuator/health").status()).isEqualTo(200);
	}

}
