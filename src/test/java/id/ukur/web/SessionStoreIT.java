package id.ukur.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Web sessions are kept in the database, so any node can continue them: the signed-in
 * user is a row of {@code spring_session}, a failed sign-in keeps only the message code,
 * and signing out removes the row.
 */
class SessionStoreIT extends IntegrationTest {

	@Test
	void signedInSessionIsARowOfTheDatabase() {
		WebSession browser = web();
		WebSession.Page home = browser.login("lpk-disperinaker.hi.staf", DemoPassword.VALUE);
		assertThat(home.path()).isEqualTo("/");

		List<String> ids = this.jdbc
			.sql("select session_id from spring_session where principal_name = 'lpk-disperinaker.hi.staf'")
			.query(String.class)
			.list();
		assertThat(ids).hasSize(1);
		List<byte[]> attributes = this.jdbc
			.sql("select a.attribute_bytes from spring_session_attributes a"
					+ " join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?")
			.param(ids.get(0))
			.query(byte[].class)
			.list();
		assertThat(attributes).isNotEmpty();
		for (byte[] bytes : attributes) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			assertThat(text).doesNotContain(DemoPassword.VALUE).doesNotContain("{bcrypt}");
		}

		browser.submit("/logout", java.util.Map.of());
		assertThat(this.jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(ids.get(0))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void failedSignInKeepsOnlyTheReason() {
		WebSession browser = web();
		WebSession.Page page = browser.login("lpk-disperinaker.perindustrian.staf", "salah-sekali-123");
		assertThat(page.path()).isEqualTo("/login");
		assertThat(page.text(".alert-danger")).contains("Nama pengguna atau kata sandi salah");

		List<byte[]> stored = this.jdbc.sql("select attribute_bytes from spring_session_attributes")
			.query(byte[].class)
			.list();
		for (byte[] bytes : stored) {
			assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("salah-sekali-123");
		}
	}

}
