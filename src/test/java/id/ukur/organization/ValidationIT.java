package id.ukur.organization;

import java.util.List;
import java.util.Map;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every form and endpoint gets a clear message naming the field, never a
 * 500.
 */
class ValidationIT extends IntegrationTest {

	@Test
	void apiEmptyFieldsAreListedPerField() {
		Api.Response response = api("lmg.admin").post("/api/v1/agencies/lmg-disnaker/units",
				"{\"code\":\"\",\"name\":\"\",\"kind\":null}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response.json())).contains("code", "name", "kind");
		assertThat(response.json().get("title").asString()).isEqualTo("Bad Request");
	}

	@Test
	void apiDuplicateUnitCodeIsRefusedNamingTheField() {
		Api.Response response = api("lmg.admin").post("/api/v1/agencies/lmg-disnaker/units",
				"{\"code\":\"PENTA\",\"name\":\"Duplikat\",\"kind\":\"DIVISION\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("PENTA");
	}

	@Test
	void apiMalformedJsonIs400() {
		Api.Response response = api("lmg.admin").post("/api/v1/agencies/lmg-disnaker/units", "{\"code\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void apiUnknownEnumNamesTheField() {
		Api.Response response = api("lmg.admin").post("/api/v1/agencies/lmg-disnaker/units",
				"{\"code\":\"X1\",\"name\":\"X\",\"kind\":\"CASTLE\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response.json())).containsExactly("kind");
	}

	@Test
	void apiStaleVersionIs409AndNothingIsOverwritten() {
		Api admin = api("lmg.admin");
		Api.Response created = admin.post("/api/v1/agencies/lmg-disnaker/units",
				"{\"code\":\"UPT-BLK\",\"name\":\"UPT Balai Latihan Kerja\",\"kind\":\"TECHNICAL_UNIT\"}");
		assertThat(created.status()).isEqualTo(201);
		long version = created.json().get("version").asLong();
		Api.Response first = admin.put("/api/v1/agencies/lmg-disnaker/units/UPT-BLK",
				"{\"code\":\"UPT-BLK\",\"name\":\"UPT BLK Lamongan\",\"kind\":\"TECHNICAL_UNIT\",\"version\":" + version
						+ "}");
		assertThat(first.status()).isEqualTo(200);
		Api.Response second = admin.put("/api/v1/agencies/lmg-disnaker/units/UPT-BLK",
				"{\"code\":\"UPT-BLK\",\"name\":\"Nama lain\",\"kind\":\"TECHNICAL_UNIT\",\"version\":" + version
						+ "}");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("detail").asString()).contains("diubah orang lain");
		String name = admin.get("/api/v1/agencies/lmg-disnaker/units")
			.json()
			.valueStream()
			.filter((unit) -> unit.get("code").asString().equals("UPT-BLK"))
			.findFirst()
			.orElseThrow()
			.get("name")
			.asString();
		assertThat(name).isEqualTo("UPT BLK Lamongan");
	}

	@Test
	void apiProblemsSpeakEnglishWhenAsked() {
		Api.Response response = api("lmg.admin").acceptLanguage("en")
			.post("/api/v1/agencies/lmg-disnaker/units", "{\"code\":\"\",\"name\":\"X\",\"kind\":\"DIVISION\"}");
		assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("Required");
	}

	@Test
	void officialFormRefusesA17DigitNip() {
		WebSession session = adminSession();
		session.get("/admin/agencies/lmg-disnaker/officials");
		WebSession.Page page = session.submit("/admin/agencies/lmg-disnaker/officials", Map.of("name",
				"Wulan Sari, S.E.", "position", "Kepala Seksi", "rank", "Penata (III/c)", "nip", "19800101200501100"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("#nip + .invalid-feedback, #nip ~ .invalid-feedback"))
			.isEqualTo("NIP harus 18 digit angka");
		assertThat(count("official", "name = 'Wulan Sari, S.E.'")).isZero();
	}

	@Test
	void officialFormChecksTheDatesInsideTheNip() {
		WebSession session = adminSession();
		session.get("/admin/agencies/lmg-disnaker/officials");
		WebSession.Page page = session.submit("/admin/agencies/lmg-disnaker/officials",
				Map.of("name", "Wulan Sari", "position", "Kepala Seksi", "rank", "", "nip", "19801301 200501 1 001"));
		assertThat(page.text("#nip ~ .invalid-feedback")).contains("tanggal lahir");
	}

	@Test
	void officialFormAcceptsAValidNipWithSpaces() {
		WebSession session = adminSession();
		session.get("/admin/agencies/lmg-disnaker/officials");
		WebSession.Page page = session.submit("/admin/agencies/lmg-disnaker/officials",
				Map.of("name", "Rudi Hartono, S.T.", "position", "Kepala Seksi Pelatihan", "rank", "Penata (III/c)",
						"nip", "19850312 201001 1 004"));
		assertThat(page.path()).isEqualTo("/admin/agencies/lmg-disnaker/officials");
		assertThat(page.document().text()).contains("19850312 201001 1 004");
	}

	@Test
	void officialFormRefusesEmptyFields() {
		WebSession session = adminSession();
		session.get("/admin/agencies/lmg-disnaker/officials");
		WebSession.Page page = session.submit("/admin/agencies/lmg-disnaker/officials",
				Map.of("name", "", "position", "", "rank", "", "nip", ""));
		assertThat(page.text("#name ~ .invalid-feedback")).isEqualTo("Wajib diisi");
		assertThat(page.text("#position ~ .invalid-feedback")).isEqualTo("Wajib diisi");
	}

	@Test
	void unitFormRefusesADuplicateCode() {
		WebSession session = adminSession();
		session.get("/admin/agencies/lmg-disnaker/units");
		WebSession.Page page = session.submit("/admin/agencies/lmg-disnaker/units",
				Map.of("code", "HI", "name", "Bidang Lain", "kind", "DIVISION"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("#code ~ .invalid-feedback")).contains("HI").contains("sudah dipakai");
	}

	@Test
	void unitFormRefusesEmptyFields() {
		WebSession session = adminSession();
		session.get("/admin/agencies/lmg-disnaker/units");
		WebSession.Page page = session.submit("/admin/agencies/lmg-disnaker/units",
				Map.of("code", "", "name", "", "kind", "DIVISION"));
		assertThat(page.text("#name ~ .invalid-feedback")).isEqualTo("Wajib diisi");
		assertThat(page.text("#code ~ .invalid-feedback")).contains("Wajib diisi");
	}

	@Test
	void userFormRefusesEmptyFieldsAndMissingRoles() {
		WebSession session = adminSession();
		session.get("/admin/users/new");
		WebSession.Page page = session.submit("/admin/users",
				Map.of("username", "", "displayName", "", "email", "bukan-surel", "agencyCode", ""));
		assertThat(page.text("#username ~ .invalid-feedback")).contains("Wajib diisi");
		assertThat(page.text("#displayName ~ .invalid-feedback")).isEqualTo("Wajib diisi");
		assertThat(page.text("#email ~ .invalid-feedback")).isEqualTo("Alamat surel tidak valid");
		assertThat(page.document().text()).contains("Pilih minimal satu peran");
	}

	@Test
	void userFormRefusesAUnitRoleWithoutUnit() {
		WebSession session = adminSession();
		session.get("/admin/users/new");
		WebSession.Page page = session.submitRaw("/admin/users",
				"username=staf.baru&displayName=Staf+Baru&email=&agencyCode=lmg-disnaker&unitCode=&officialId=&roles=UNIT_STAFF");
		assertThat(page.text("#unitCode ~ .invalid-feedback")).contains("memerlukan unit");
		assertThat(count("app_user", "username = 'staf.baru'")).isZero();
	}

	@Test
	void calendarRefusesEndBeforeStart() {
		WebSession session = adminSession();
		// the form sends the calendar's version it showed (an edit without one is
		// refused)
		String version = session.get("/admin/calendar").document().selectFirst("input[name=version]").val();
		WebSession.Page page = session.submitRaw("/admin/calendar",
				"workingDays=MONDAY&workStart=16:00&workEnd=07:30&timeZone=Asia/Jakarta&version=" + version);
		assertThat(page.text("#workEnd ~ .invalid-feedback")).contains("setelah jam mulai");
	}

	@Test
	void holidayWithoutNameIsRefused() {
		WebSession session = adminSession();
		session.get("/admin/calendar");
		WebSession.Page page = session.submit("/admin/calendar/holidays", Map.of("date", "2026-09-01", "name", ""));
		assertThat(page.text("#holiday-error")).isEqualTo("Wajib diisi");
	}

	@Test
	void passwordChangeExplainsEachProblem() {
		WebSession session = web();
		session.login("lmg-disnaker.hi.staf", DemoPassword.VALUE);
		session.get("/profile");
		assertThat(session
			.submit("/profile/password",
					Map.of("currentPassword", "salah", "newPassword", "abc12345x", "confirmation", "abc12345x"))
			.text("#currentPassword ~ .invalid-feedback")).isEqualTo("Kata sandi saat ini salah");
		assertThat(session
			.submit("/profile/password",
					Map.of("currentPassword", DemoPassword.VALUE, "newPassword", "pendek", "confirmation", "pendek"))
			.text("#newPassword ~ .invalid-feedback")).contains("minimal 10 karakter");
		assertThat(session
			.submit("/profile/password", Map.of("currentPassword", DemoPassword.VALUE, "newPassword",
					"lembayung senja di Cikao", "confirmation", "abc"))
			.text("#confirmation ~ .invalid-feedback")).contains("tidak sama");
	}

	@Test
	void aFriendlyPageForUnknownPagesAndNoStackTraces() {
		WebSession session = web();
		session.login("lmg-disnaker.tim", DemoPassword.VALUE);
		WebSession.Page page = session.get("/agencies/tidak-ada");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.document().title()).contains("Terjadi masalah");
		assertThat(page.document().text()).doesNotContain("Exception").doesNotContain("at id.ukur");
		WebSession.Page forbidden = session.get("/agencies/pwk-dkupp");
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.text("h1")).isEqualTo("Akses tidak diizinkan");
		assertThat(session.get("/admin").status()).isEqualTo(403);
	}

	private WebSession adminSession() {
		WebSession session = web();
		session.login("lmg.admin", DemoPassword.VALUE);
		return session;
	}

	private long count(String table, String where) {
		return this.jdbc.sql("select count(*) from " + table + " where " + where).query(Long.class).single();
	}

	private static List<String> fields(JsonNode problem) {
		return problem.get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

}
