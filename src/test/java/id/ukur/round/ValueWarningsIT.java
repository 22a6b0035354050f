package id.ukur.round;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ukur.shared.Numbers;
import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.TestDatabase;
import id.ukur.organization.UserAccounts;
import id.ukur.support.RoundDriver;
import id.ukur.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plausibility checks (docs/calculation.md, "Plausibility checks") through real HTTP: a
 * unit saves a value four times its previous quarter's, the value is saved and the API's
 * answer warns; the unit form and the team's validation page show the flag, the team's
 * page with the previous value and the achievement the value gives; the region's jump
 * factor, changed on the settings form (bad input refused, naming the field), changes the
 * flag. Lima Puluh Kota rounds of 2033 (no other test orders that year).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.demo.history=false", "ukur.reminders.enabled=false" })
class ValueWarningsIT {

	private static final int YEAR = 2025;

	/** A database of its own: the rounds and the region's factor touch no other test. */
	private static final String DATABASE = TestDatabase.fresh("ukur_value_warnings");

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	private final Map<String, Api> users = new HashMap<>();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
	}

	private RoundDriver rounds(String agency) {
		return new RoundDriver(agency,
				(username) -> this.users.computeIfAbsent(username, (u) -> Api.withToken(this.port,
						this.accounts.createToken(this.accounts.byUsername(u).orElseThrow(), "value warnings"))));
	}

	private WebSession web() {
		return WebSession.on(this.port);
	}

	@Test
	void aJumpIsSavedWithItsWarningAndShownToTheUnitAndTheTeam() {
		RoundDriver first = rounds("lpk-disperinaker");
		first.sealedLimaPuluhKota(YEAR, "TW1", RoundDriver::onTarget);
		RoundDriver round = rounds("lpk-disperinaker");
		round.order("kepala", YEAR, "TW2", null);
		round.completeStep("sekretaris", 2, "Notulen rapat arahan");
		round.completeStep("tim", 3, "Rencana kegiatan pengukuran");
		round.completeStep("tim", 4, "Metodologi pengukuran capaian");
		JsonNode entry = round.entries()
			.stream()
			.filter((e) -> !e.get("valueType").asString().equals("QUALITATIVE") && !e.get("target").isNull()
					&& e.get("target").decimalValue().signum() > 0)
			.findFirst()
			.orElseThrow();
		String code = entry.get("indicatorCode").asString();
		String unit = entry.get("unitCode").asString();
		Api staff = round.as(unit.toLowerCase(java.util.Locale.ROOT) + ".staf");
		BigDecimal previous = first.entries()
			.stream()
			.filter((e) -> e.get("indicatorCode").asString().equals(code))
			.findFirst()
			.orElseThrow()
			.get("actual")
			.decimalValue()
			.stripTrailingZeros();
		BigDecimal jump = previous.multiply(BigDecimal.valueOf(4));

		Api.Response saved = staff.put(round.path("/entries/" + code),
				"{\"actual\": " + jump.toPlainString() + ", \"version\": " + entry.get("version").asLong() + "}");
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode warning = warning(saved.json(), "JUMP_PREVIOUS");
		assertThat(warning.get("message").asString()).contains("Berubah 4 kali").contains("batas daerah 3 kali");
		// a warning, never a block: the value is saved
		assertThat(saved.json().get("actual").decimalValue()).isEqualByComparingTo(jump);
		JsonNode stored = round.entries()
			.stream()
			.filter((e) -> e.get("indicatorCode").asString().equals(code))
			.findFirst()
			.orElseThrow();
		assertThat(stored.get("actual").decimalValue()).isEqualByComparingTo(jump);
		assertThat(stored.get("status").asString()).isEqualTo("DRAFT");
		// in the reader's language
		Api.Response english = staff.acceptLanguage("en")
			.put(round.path("/entries/" + code), "{\"actual\": " + jump.toPlainString() + ", \"version\": "
					+ saved.json().get("version").asLong() + "}");
		assertThat(warning(english.json(), "JUMP_PREVIOUS").get("message").asString())
			.contains("against the previous period");

		WebSession unitPage = web();
		unitPage.login("lpk-disperinaker." + unit.toLowerCase(java.util.Locale.ROOT) + ".staf", DemoPassword.VALUE);
		Document form = unitPage.get("/rounds/" + round.id() + "/units/" + unit).document();
		String jumpText = "dibanding periode sebelumnya (" + Numbers.plain(previous, Numbers.INDONESIAN) + " → "
				+ Numbers.plain(jump, Numbers.INDONESIAN) + ")";
		assertThat(form.select("[id=warnings-" + code + "]").text()).contains(jumpText)
			.contains("nilai tetap tersimpan");

		WebSession team = web();
		team.login("lpk-disperinaker.tim", DemoPassword.VALUE);
		Document validation = team.get("/rounds/" + round.id() + "/validation").document();
		String row = "[id=entry-" + code + "]";
		assertThat(validation.select(row + " .value-warnings").text()).contains(jumpText);
		assertThat(validation.select(row + " .previous-value").text())
			.isEqualTo(Numbers.plain(previous, Numbers.INDONESIAN));
		// the achievement the value gives, by the recap's own path, marked provisional
		BigDecimal achievement = recapAchievement(round, code);
		assertThat(validation.select(row + " .would-give").text())
			.isEqualTo(Numbers.fixed(achievement, 2, Numbers.INDONESIAN) + " sementara");

		WarningScreens.take(this.port, "lpk-disperinaker." + unit.toLowerCase(java.util.Locale.ROOT) + ".staf",
				"/rounds/" + round.id() + "/units/" + unit, "lpk-disperinaker.tim",
				"/rounds/" + round.id() + "/validation", code, "/rounds/" + round.id() + "/recap");
		// the early warning of TW II on the recap page, each projection opening to its
		// explanation
		Document recap = team.get("/rounds/" + round.id() + "/recap").document();
		assertThat(recap.select(".projection summary").text()).contains("Proyeksi akhir tahun");
		assertThat(recap.select(".projection .explain-body").text()).contains("R akhir tahun");
		englishExplanations(round);

		// the region's factor: bad input refused naming the field, then 5 (4× passes)
		WebSession admin = web();
		admin.login("lpk.admin", DemoPassword.VALUE);
		Document settings = admin.get("/admin/settings").document();
		WebSession.Page refused = admin.submit("/admin/settings", settingsForm(settings, "tiga"));
		assertThat(refused.document().select("#settings-errors").text())
			.contains("Faktor lonjakan nilai harus berupa angka");
		assertThat(refused.document().selectFirst("#jumpFactor").val()).isEqualTo("tiga");
		refused = admin.submit("/admin/settings", settingsForm(refused.document(), "1"));
		assertThat(refused.document().select("#settings-errors").text())
			.contains("Faktor lonjakan nilai harus lebih dari 1");
		try {
			WebSession.Page changed = admin.submit("/admin/settings", settingsForm(refused.document(), "5"));
			assertThat(changed.document().select(".alert-success").text()).isNotBlank();
			assertThat(changed.document().selectFirst("#jumpFactor").val()).isEqualTo("5");
			Api.Response again = staff.put(round.path("/entries/" + code), "{\"actual\": " + jump.toPlainString()
					+ ", \"version\": " + english.json().get("version").asLong() + "}");
			assertThat(again.json().get("warnings").valueStream().map((w) -> w.get("code").asString()))
				.doesNotContain("JUMP_PREVIOUS");
			assertThat(team.get("/rounds/" + round.id() + "/validation")
				.document()
				.select(row + " .value-warnings")
				.text()).doesNotContain("periode sebelumnya");
		}
		finally {
			Document now = admin.get("/admin/settings").document();
			admin.submit("/admin/settings", settingsForm(now, "3"));
		}
	}

	private static JsonNode warning(JsonNode answer, String code) {
		return answer.get("warnings")
			.valueStream()
			.filter((w) -> w.get("code").asString().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + code + " in " + answer.get("warnings")));
	}

	private static BigDecimal recapAchievement(RoundDriver round, String code) {
		JsonNode recap = RoundDriver.ok(round.as("tim").get(round.path("/recap")));
		return recap.get("indicators")
			.valueStream()
			.filter((i) -> i.get("indicatorCode").asString().equals(code))
			.findFirst()
			.orElseThrow()
			.get("achievement")
			.decimalValue();
	}

	/** The settings form as shown, with another jump factor. */
	private static Map<String, String> settingsForm(Document page, String jumpFactor) {
		Map<String, String> fields = new HashMap<>();
		fields.put("version", page.selectFirst("#settings-form input[name=version]").val());
		fields.put("scaleCode", page.selectFirst("#scaleCode option[selected]").val());
		fields.put("followUpThreshold", page.selectFirst("#followUpThreshold option[selected]").val());
		fields.put("achievementCap", page.selectFirst("#achievementCap").val());
		fields.put("efficiencyThreshold", page.selectFirst("#efficiencyThreshold").val());
		fields.put("jumpFactor", jumpFactor);
		return fields;
	}

	/**
	 * An English reader reads every explanation of the recap in English, its numbers
	 * still Indonesian; only texts of recaps stored before are marked Indonesian
	 * (docs/calculation.md, "Explanations").
	 */
	private void englishExplanations(RoundDriver round) {
		WebSession reader = web();
		reader.login("lpk-disperinaker.tim", DemoPassword.VALUE);
		Document english = reader.get("/rounds/" + round.id() + "/recap?lang=en").document();
		String achievements = english.select(".achievement-cell .explain-body").text();
		String projections = english.select(".projection .explain-body").text();
		assertThat(achievements).contains("rounded half up, 2 decimals").contains(",");
		assertThat(projections).contains("year-end R");
		for (String word : List.of("belum dilaporkan", "dibulatkan", "Sementara", "tidak dapat", "jumlah", "rata-rata",
				"rentang", "Proyeksi", "serapan", "R akhir tahun")) {
			assertThat(achievements + " " + projections).as(word).doesNotContain(word);
		}
		assertThat(english.select(".explain-body [lang=id], .efficiency-col [lang=id]")).isEmpty();
		assertThat(english.select(".explain-language")).isEmpty();
	}

}
