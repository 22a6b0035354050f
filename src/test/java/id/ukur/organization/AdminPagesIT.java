package id.ukur.organization;

import java.util.Map;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The region administrator's pages work end to end over HTTP. */
class AdminPagesIT extends IntegrationTest {

	@Test
	void adminCreatesAUserWhoMustReplaceTheTemporaryPassword() {
		WebSession admin = web();
		admin.login("wkn.admin", DemoPassword.VALUE);
		admin.get("/admin/users/new?agency=wkn-dpmk");
		WebSession.Page created = admin.submitRaw("/admin/users",
				"username=wkn-dpmk.pm.staf2&displayName=Sari+Melati&email=sari%40contoh.id&agencyCode=wkn-dpmk"
						+ "&unitCode=PM&officialId=&roles=UNIT_STAFF");
		assertThat(created.path()).startsWith("/admin/users/");
		String temporary = created.text("#temporary-password");
		assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);

		WebSession user = web();
		WebSession.Page first = user.login("wkn-dpmk.pm.staf2", temporary);
		assertThat(first.path()).isEqualTo("/profile");
		assertThat(first.text("#must-change")).contains("kata sandi sementara");
		WebSession.Page changed = user.submit("/profile/password", Map.of("currentPassword", temporary, "newPassword",
				"Melati di taman kota", "confirmation", "Melati di taman kota"));
		assertThat(changed.text("#password-changed")).isNotBlank();
		assertThat(
				Api.withBasic(this.port, "wkn-dpmk.pm.staf2", "Melati di taman kota").get("/api/v1/agencies").status())
			.isEqualTo(200);
	}

	@Test
	void adminResetsAPasswordAndDeactivatesAUser() {
		WebSession admin = web();
		admin.login("wkn.admin", DemoPassword.VALUE);
		long id = this.jdbc.sql("select id from app_user where username = 'wkn-dpmk.pemkam.staf'")
			.query(Long.class)
			.single();
		admin.get("/admin/users/" + id);
		WebSession.Page reset = admin.submit("/admin/users/" + id + "/password", Map.of());
		String temporary = reset.text("#temporary-password");
		assertThat(
				Api.withBasic(this.port, "wkn-dpmk.pemkam.staf", DemoPassword.VALUE).get("/api/v1/agencies").status())
			.isEqualTo(401);
		Api.Response first = Api.withBasic(this.port, "wkn-dpmk.pemkam.staf", temporary).get("/api/v1/agencies");
		assertThat(first.status()).as("the temporary password signs in, to replace it and nothing else").isEqualTo(403);
		assertThat(first.json().get("detail").asString()).contains("PUT /api/v1/profile/password");

		admin.submit("/admin/users/" + id + "/active", Map.of("active", "false"));
		assertThat(Api.withBasic(this.port, "wkn-dpmk.pemkam.staf", temporary).get("/api/v1/agencies").status())
			.isEqualTo(401);
		admin.submit("/admin/users/" + id + "/active", Map.of("active", "true"));
		// give the demo account its documented password back for the other tests
		this.jdbc
			.sql("update app_user set must_change_password = false, password_hash = "
					+ "(select password_hash from app_user where username = 'wkn.admin') where id = ?")
			.param(id)
			.update();
	}

	@Test
	void adminAddsEditsAndDeactivatesAUnit() {
		WebSession admin = web();
		admin.login("wkn.admin", DemoPassword.VALUE);
		admin.get("/admin/agencies/wkn-dpmk/units");
		WebSession.Page added = admin.submit("/admin/agencies/wkn-dpmk/units",
				Map.of("code", "upt-pkk", "name", "UPT Pemberdayaan Kesejahteraan Keluarga", "kind", "TECHNICAL_UNIT"));
		assertThat(added.document().select("#units-table code").eachText()).contains("UPT-PKK");
		WebSession.Page edit = admin.get("/admin/agencies/wkn-dpmk/units/UPT-PKK");
		String version = edit.document().selectFirst("#version").val();
		admin.submit("/admin/agencies/wkn-dpmk/units/UPT-PKK",
				Map.of("code", "UPT-PKK", "name", "UPT PKK", "kind", "TECHNICAL_UNIT", "version", version));
		WebSession.Page stale = admin.submit("/admin/agencies/wkn-dpmk/units/UPT-PKK",
				Map.of("code", "UPT-PKK", "name", "Nama basi", "kind", "TECHNICAL_UNIT", "version", version));
		assertThat(stale.document().select(".alert-danger").text()).contains("diubah orang lain");
		WebSession.Page list = admin.submit("/admin/agencies/wkn-dpmk/units/UPT-PKK/active", Map.of("active", "false"));
		assertThat(list.document().select("#units-table tr.status-inactive").text()).contains("UPT PKK");
	}

	@Test
	void adminEditsTheCalendarAndHolidays() {
		WebSession admin = web();
		admin.login("lpk.admin", DemoPassword.VALUE);
		WebSession.Page calendar = admin.get("/admin/calendar?year=2026");
		assertThat(calendar.document().select("#holidays-table").text()).contains("17 Agustus 2026");
		WebSession.Page added = admin.submit("/admin/calendar/holidays",
				Map.of("date", "2026-11-23", "name", "Hari Jadi Kabupaten (demo)"));
		assertThat(added.document().select("#holidays-table").text()).contains("23 November 2026");
		WebSession.Page duplicate = admin.submit("/admin/calendar/holidays",
				Map.of("date", "2026-11-23", "name", "Lagi"));
		assertThat(duplicate.text("#holiday-error")).contains("sudah tercatat");
		String version = duplicate.document().selectFirst("#version").val();
		WebSession.Page saved = admin.submitRaw("/admin/calendar",
				"workingDays=MONDAY&workingDays=TUESDAY"
						+ "&workingDays=WEDNESDAY&workingDays=THURSDAY&workingDays=FRIDAY&workStart=08:00&workEnd=16:00"
						+ "&timeZone=Asia/Jakarta&version=" + version);
		assertThat(saved.document().select(".alert-success").text()).isNotBlank();
		assertThat(this.jdbc.sql("select work_start from region where code = 'lpk'")
			.query(java.time.LocalTime.class)
			.single()).isEqualTo(java.time.LocalTime.of(8, 0));
	}

}
