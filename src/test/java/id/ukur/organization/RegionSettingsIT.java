package id.ukur.organization;

import java.util.Map;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The region's measurement settings change how achievements are rated and capped. */
class RegionSettingsIT extends IntegrationTest {

	@Test
	void aCustomScaleAndACapChangeTheCalculatorsAnswers() {
		WebSession admin = web();
		admin.login("lmg.admin", DemoPassword.VALUE);
		admin.get("/admin/settings");
		WebSession.Page added = admin.submitRaw("/admin/settings/scales",
				"code=TIGA&nameId=Tiga+pita&nameEn=Three+bands"
						+ "&bandCode=BAIK&bandLabelId=Baik&bandLabelEn=Good&bandLower=80"
						+ "&bandCode=CUKUP&bandLabelId=Cukup&bandLabelEn=Fair&bandLower=60"
						+ "&bandCode=KURANG&bandLabelId=Kurang&bandLabelEn=Poor&bandLower="
						+ "&bandCode=&bandLabelId=&bandLabelEn=&bandLower=");
		assertThat(added.document().select("#scale-TIGA").text()).contains("Baik").contains("Kurang");
		String version = added.document().selectFirst("#settings-form input[name=version]").val();
		WebSession.Page saved = admin.submit("/admin/settings", Map.of("scaleCode", "TIGA", "followUpThreshold",
				"CUKUP", "achievementCap", "120", "efficiencyThreshold", "5", "version", version));
		assertThat(saved.document().select(".alert-success").text()).isNotBlank();

		Api planner = api("lmg-disnaker.perencana");
		Api.Response rated = planner.post("/api/v1/achievement",
				"{\"polarity\":\"HIGHER_IS_BETTER\",\"target\":100," + "\"actual\":70}");
		assertThat(rated.json().get("rating").asString()).isEqualTo("CUKUP");
		Api.Response capped = planner.post("/api/v1/achievement",
				"{\"polarity\":\"LOWER_IS_BETTER\",\"formula\":\"REVERSE_RATIO\",\"target\":5,\"actual\":0}");
		assertThat(capped.json().get("achievement").decimalValue()).isEqualByComparingTo("120");
		// another region keeps the default scale and has no cap
		Api other = api("wkn-dpmk.perencana");
		assertThat(other.post("/api/v1/achievement", "{\"polarity\":\"HIGHER_IS_BETTER\",\"target\":100,\"actual\":70}")
			.json()
			.get("rating")
			.asString()).isEqualTo("SEDANG");
		assertThat(other
			.post("/api/v1/achievement",
					"{\"polarity\":\"LOWER_IS_BETTER\",\"formula\":\"REVERSE_RATIO\",\"target\":5,\"actual\":0}")
			.json()
			.get("status")
			.asString()).isEqualTo("NOT_COMPUTABLE");
	}

	@Test
	void badSettingsAndScalesAreExplained() {
		WebSession admin = web();
		admin.login("pbl.admin", DemoPassword.VALUE);
		WebSession.Page page = admin.get("/admin/settings");
		String version = page.document().selectFirst("#settings-form input[name=version]").val();
		WebSession.Page refused = admin.submit("/admin/settings", Map.of("scaleCode", "DEFAULT", "followUpThreshold",
				"CUKUP", "achievementCap", "80", "efficiencyThreshold", "lima", "version", version));
		assertThat(refused.text("#settings-errors")).contains("minimal 100")
			.contains("Harus berupa angka")
			.contains("salah satu pita");
		WebSession.Page badScale = admin.submitRaw("/admin/settings/scales",
				"code=x&nameId=&nameEn=&bandCode=A&bandLabelId=A&bandLabelEn=&bandLower=50"
						+ "&bandCode=B&bandLabelId=B&bandLabelEn=&bandLower=70");
		assertThat(badScale.text("#scale-errors")).contains("Kode skala").contains("Wajib diisi");
	}

}
