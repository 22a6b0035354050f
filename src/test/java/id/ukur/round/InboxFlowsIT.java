package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.organization.UserAccounts;
import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import id.ukur.support.TestDatabase;
import id.ukur.support.WebSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Each of the five seed flows, step by step, through real HTTP: at every step everyone
 * the round policy lets act sees the item in their Beranda (GET /, under the round's
 * label), those it does not let act do not, and a return puts the work back in the inbox
 * of the step or unit it went back to, with its reason beside it and in the round page's
 * current-step panel (docs/rounds.md, "The inbox"). A database of its own: every round of
 * it is TW I 2026 of its agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.demo.history=false", "ukur.reminders.enabled=false" })
class InboxFlowsIT {

	private static final String DATABASE = TestDatabase.fresh("ukur_inbox_flows");

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	private final Map<String, Api> apis = new HashMap<>();

	private final Map<String, WebSession> sessions = new HashMap<>();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
	}

	@Test
	void limaPuluhKotaTheSecretarysReturnGoesBackToTheTeam() {
		Flow f = new Flow("lpk-disperinaker");
		f.round.order("kepala", "TW1", null);
		f.waits("Langkah 2:", "sekretaris").idle("Langkah 2:", "tim", "kepala");
		f.running("Langkah 2:");
		f.unitsWait("Isi formulir", true);
		f.round.completeStep("sekretaris", 2, "Notulen rapat arahan");
		f.waits("Langkah 3:", "tim").idle("Langkah 3:", "sekretaris");
		f.round.completeStep("tim", 3, "Rencana kegiatan");
		f.waits("Langkah 4:", "tim");
		f.round.completeStep("tim", 4, "Metodologi");
		f.idle("Langkah 5:", "tim");
		f.round.fillAndSubmitAll(RoundDriver::onTarget);
		f.waits("menunggu validasi", "tim");
		f.round.acceptAll("tim");
		f.waits("Langkah 5:", "tim", "perencana").idle("menunggu validasi", "tim");
		f.round.post("tim", "/calculate", null);
		f.waits("Langkah 6:", "tim");
		f.round.completeStep("tim", 6, "Rekap per sasaran");
		f.waits("Langkah 7:", "tim", "sekretaris");
		f.round.post("tim", "/submit-for-review", null);
		f.waits("Langkah 8:", "sekretaris").idle("Langkah 8:", "tim", "kepala");
		String reason = "Periksa kembali capaian IKU 2";
		f.round.post("sekretaris", "/review",
				"{\"decision\": \"RETURN\", \"reason\": \"" + reason + "\", \"returnTo\": [\"TEAM\"]}");
		f.waits("Langkah 5:", "tim", "perencana").noted("Langkah 5:", reason, "tim").panel(reason, "tim");
		f.round.post("tim", "/calculate", null);
		f.round.completeStep("tim", 6, "Rekap diperbaiki");
		f.noted("Langkah 7:", reason, "tim");
		f.round.post("tim", "/submit-for-review", null);
		f.round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		f.waits("Langkah 9:", "kepala").idle("Langkah 9:", "sekretaris").panel(null, "kepala");
		f.round.post("kepala", "/sign", null);
		f.waits("Kirim laporan", "perencana", "sekretaris", "kepala");
		f.unitsWait("Langkah 10:", false);
		f.round.post("perencana", "/send", null);
		f.regionWaits("lpk.bappeda", true);
		RoundDriver.ok(f.round.region("lpk.bappeda").post(f.round.path("/acknowledge"), "{}"));
		f.regionWaits("lpk.bappeda", false);
		f.round.post("perindustrian.staf", "/archive", "{\"archiveReference\": \"Lemari arsip\"}");
		f.nothing("tim", "perencana", "sekretaris", "kepala", "perindustrian.staf");
	}

	@Test
	void purwakartaThePlannerCalculatesBeforeTheReview() {
		Flow f = new Flow("pwk-dkupp");
		f.round.order("kepala", "TW1", null);
		f.waits("Langkah 2:", "sekretaris").idle("Langkah 2:", "tim");
		f.round.post("sekretaris", "/forms/prepare", null);
		f.waits("Langkah 3:", "sekretaris");
		f.round.post("sekretaris", "/forms/distribute", null);
		f.waits("Langkah 4:", "tim").unitsWait("Isi formulir", true);
		f.round.completeStep("tim", 4, "Undangan rapat");
		f.waits("Langkah 5:", "sekretaris", "tim");
		f.round.completeStep("sekretaris", 5, "Notulen rapat");
		f.round.fillAndSubmitAll(RoundDriver::onTarget);
		f.waits("menunggu validasi", "tim");
		f.round.acceptAll("tim");
		f.waits("Langkah 8:", "sekretaris")
			.waits("Hitung capaian", "perencana", "tim")
			.idle("Hitung capaian", "sekretaris");
		f.round.post("perencana", "/calculate", null);
		f.idle("Hitung capaian", "perencana");
		f.round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		f.waits("Langkah 9:", "kepala");
		f.round.completeStep("kepala", 9, "Koreksi");
		f.waits("Langkah 10:", "sekretaris");
		f.round.completeStep("sekretaris", 10, "Disampaikan");
		f.waits("Langkah 11:", "kepala").idle("Langkah 11:", "sekretaris");
		f.round.post("kepala", "/sign", null);
		f.waits("Langkah 12:", "sekretaris").waits("Kirim laporan", "perencana", "sekretaris", "kepala");
		f.round.completeStep("sekretaris", 12, "Digandakan");
		f.round.post("perencana", "/send", null);
		f.waits("Langkah 13:", "sekretaris").idle("Kirim laporan", "perencana");
		f.round.post("sekretaris", "/archive", "{\"archiveReference\": \"Arsip Sekretariat\"}");
		f.nothing("tim", "perencana", "sekretaris", "kepala");
	}

	@Test
	void probolinggoAReturnToAUnitGoesBackToItsForm() {
		Flow f = new Flow("pbl-disperinaker");
		f.round.order("kepala", "TW1", "\"requestLetterReference\": \"050/1/2026\","
				+ " \"requestLetterFrom\": \"Bappeda Litbang\", \"requestLetterDate\": \"2026-11-02\"");
		f.waits("Langkah 2:", "kepala").idle("Langkah 2:", "sekretaris");
		f.round.completeStep("kepala", 2, "Disposisi");
		f.waits("Langkah 3:", "kepala", "sekretaris");
		f.round.completeStep("sekretaris", 3, "Diteruskan");
		f.waits("Langkah 4:", "sekretaris", "perencana");
		f.round.post("perencana", "/forms/prepare", null);
		f.waits("Langkah 5:", "perencana").unitHeadsWait("Langkah 5:");
		f.round.post("perencana", "/forms/distribute", null);
		f.unitsWait("Isi formulir", true);
		f.round.fillAndSubmitAll(RoundDriver::onTarget);
		f.waits("menunggu validasi", "perencana");
		f.round.acceptAll("perencana");
		f.waits("Langkah 8:", "perencana");
		f.round.post("perencana", "/calculate", null);
		f.waits("Langkah 9:", "sekretaris").idle("Langkah 9:", "perencana");
		String unit = f.round.units().iterator().next();
		String reason = "Data bidang belum sesuai form isian";
		f.round.post("sekretaris", "/review",
				"{\"decision\": \"RETURN\", \"reason\": \"" + reason + "\", \"returnTo\": [\"" + unit + "\"]}");
		String staff = unit.toLowerCase(Locale.ROOT) + ".staf";
		f.waits("Perbaiki isian", staff).noted("Perbaiki isian", reason, staff);
		f.round.fillUnit(unit, RoundDriver::onTarget);
		f.round.submit(unit);
		f.waits("menunggu validasi", "perencana").noted("menunggu validasi", reason, "perencana");
		f.round.acceptAll("perencana");
		f.waits("Langkah 8:", "perencana").panel(reason, "perencana");
		f.round.post("perencana", "/calculate", null);
		f.round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		f.waits("Langkah 10:", "kepala");
		f.round.post("kepala", "/sign", null);
		f.waits("Langkah 11:", "perencana").idle("Langkah 11:", "kepala");
		f.round.post("perencana", "/send", null);
		f.regionWaits("pbl.bappeda", true);
		RoundDriver.ok(f.round.region("pbl.bappeda").post(f.round.path("/acknowledge"), "{}"));
		f.waits("Arsipkan", "perencana", "sekretaris", "kepala");
		f.round.post("perencana", "/archive", "{\"archiveReference\": \"Arsip Program\"}");
		f.nothing("perencana", "sekretaris", "kepala");
	}

	@Test
	void lamonganThePlannersReturnGoesBackToTheCalculation() {
		Flow f = new Flow("lmg-disnaker");
		f.round.order("sekretaris", "TW1", null);
		f.waits("Langkah 2:", "tim").idle("Langkah 2:", "perencana");
		f.round.completeStep("tim", 2, "Arahan");
		f.unitsWait("Isi formulir", true);
		f.round.fillAndSubmitAll(RoundDriver::onTarget);
		f.waits("menunggu validasi", "tim").idle("Langkah 4:", "tim");
		f.round.acceptAll("tim");
		f.waits("Langkah 4:", "tim", "perencana");
		f.round.post("tim", "/calculate", null);
		f.waits("Langkah 5:", "perencana").idle("Langkah 5:", "tim", "sekretaris");
		String reason = "Angka capaian sasaran 1 belum dihitung ulang";
		f.round.post("perencana", "/review",
				"{\"decision\": \"RETURN\", \"reason\": \"" + reason + "\", \"returnTo\": [\"TEAM\"]}");
		f.waits("Langkah 4:", "tim").noted("Langkah 4:", reason, "tim").panel(reason, "tim");
		f.round.post("tim", "/calculate", null);
		f.round.post("perencana", "/review", "{\"decision\": \"APPROVE\"}");
		f.waits("Langkah 6:", "sekretaris").idle("Langkah 6:", "perencana");
		f.round.post("sekretaris", "/sign", null);
		f.waits("Langkah 7:", "perencana").waits("Kirim laporan", "perencana", "sekretaris");
		f.round.completeStep("perencana", 7, "Digandakan dan dikirim");
		f.round.post("perencana", "/send", null);
		f.waits("Arsipkan", "perencana", "sekretaris");
		f.round.post("perencana", "/archive", "{\"archiveReference\": \"Arsip Subbag Program\"}");
		f.nothing("tim", "perencana", "sekretaris");
	}

	@Test
	void wayKananTheActionPlansWaitForTheirAuthors() {
		Flow f = new Flow("wkn-dpmk");
		f.round.order("kepala", "TW1", null);
		f.waits("Langkah 2:", "sekretaris");
		f.round.completeStep("sekretaris", 2, "Perintah");
		f.waits("Langkah 3:", "perencana");
		f.round.post("perencana", "/forms/prepare", null);
		f.unitsWait("Isi formulir", true);
		f.round.fillAndSubmitAll(RoundDriver::halfTarget);
		f.waits("menunggu validasi", "perencana", "tim");
		f.round.acceptAll("tim");
		f.waits("Langkah 6:", "perencana");
		f.round.post("perencana", "/calculate", null);
		f.waits("Langkah 7:", "kepala", "perencana", "tim", "sekretaris");
		JsonNode recap = RoundDriver.ok(f.round.as("perencana").get(f.round.path("/recap")));
		Map<String, String> units = new HashMap<>();
		f.round.entries().forEach((e) -> units.put(e.get("indicatorCode").asString(), e.get("unitCode").asString()));
		for (JsonNode indicator : recap.get("indicators")) {
			if (indicator.get("needsFollowUp").asBoolean()) {
				String code = indicator.get("indicatorCode").asString();
				f.round.post("perencana", "/action-plans",
						"{\"indicatorCode\": \"" + code
								+ "\", \"analysis\": \"Anggaran terlambat\", \"action\": \"Percepatan kegiatan\","
								+ " \"ownerUnit\": \"" + units.get(code) + "\", \"dueDate\": \"2026-12-31\"}");
			}
		}
		f.waits("Langkah 8:", "kepala").idle("Langkah 8:", "sekretaris");
		f.round.post("kepala", "/sign", null);
		f.unitsWait("Langkah 9:", false);
		f.waits("Kirim laporan", "perencana");
		f.round.post("pm.staf", "/archive", "{\"archiveReference\": \"Dokumentasi SAKIP\"}");
		f.nothing("perencana", "kepala", "pm.staf");
	}

	/** One agency's round and the Beranda of its users. */
	private final class Flow {

		final String agency;

		final RoundDriver round;

		Flow(String agency) {
			this.agency = agency;
			this.round = new RoundDriver(agency,
					(username) -> InboxFlowsIT.this.apis.computeIfAbsent(username,
							(u) -> Api.withToken(InboxFlowsIT.this.port, InboxFlowsIT.this.accounts
								.createToken(InboxFlowsIT.this.accounts.byUsername(u).orElseThrow(), "inbox flows"))));
		}

		/** Each user sees an item of the round containing the text. */
		Flow waits(String text, String... who) {
			for (String user : who) {
				assertThat(items(this.agency + "." + user))
					.as("%s's Beranda at step %s: %s", user, this.round.currentStep(), text)
					.anyMatch((item) -> item.text().contains(text));
			}
			return this;
		}

		/** No user sees an item of the round containing the text. */
		Flow idle(String text, String... who) {
			for (String user : who) {
				assertThat(items(this.agency + "." + user))
					.as("%s's Beranda at step %s: not %s", user, this.round.currentStep(), text)
					.noneMatch((item) -> item.text().contains(text));
			}
			return this;
		}

		/** The item with the text carries the reason beside it. */
		Flow noted(String text, String reason, String... who) {
			for (String user : who) {
				assertThat(items(this.agency + "." + user)).as("%s's Beranda: %s with its reason", user, text)
					.anyMatch(
							(item) -> item.text().contains(text) && item.select(".inbox-note").text().contains(reason));
			}
			return this;
		}

		/** The round page's current-step panel shows the return's reason (null: none). */
		Flow panel(String reason, String who) {
			Document page = session(this.agency + "." + who).get("/rounds/" + this.round.id()).document();
			if (reason == null) {
				assertThat(page.select("#return-reason")).as("no return shown to %s", who).isEmpty();
			}
			else {
				assertThat(page.select("#return-reason").text()).as("the return shown to %s", who).contains(reason);
			}
			return this;
		}

		/** Every unit's staff (and, for forms, its head) sees the text. */
		Flow unitsWait(String text, boolean heads) {
			for (String unit : this.round.units()) {
				String code = unit.toLowerCase(Locale.ROOT);
				waits(text, code + ".staf");
				if (heads) {
					waits(text, code + ".kepala");
				}
			}
			return this;
		}

		Flow unitHeadsWait(String text) {
			for (String unit : this.round.units()) {
				waits(text, unit.toLowerCase(Locale.ROOT) + ".kepala");
			}
			return this;
		}

		/** The running round is listed with its step on the users' Beranda. */
		Flow running(String step) {
			Document home = session(this.agency + ".perencana").get("/").document();
			assertThat(home.select("#running-rounds a[href=/rounds/" + this.round.id() + "]")).isNotEmpty();
			assertThat(home.select("#running-rounds").text()).contains("TW I 2026").contains(step);
			return this;
		}

		/** The planning agency's user sees the report to acknowledge (or no more). */
		void regionWaits(String username, boolean waiting) {
			boolean shown = session(username).get("/")
				.document()
				.select("#inbox li")
				.stream()
				.anyMatch((li) -> li.text().contains("Nyatakan laporan") && li.text().contains("TW I 2026"));
			assertThat(shown).as("%s acknowledges", username).isEqualTo(waiting);
		}

		/** An archived round asks nothing of anyone and is no longer running. */
		void nothing(String... who) {
			assertThat(this.round.round().get("status").asString()).isEqualTo("ARCHIVED");
			for (String user : who) {
				assertThat(items(this.agency + "." + user)).as("%s's Beranda after the archive", user).isEmpty();
				assertThat(session(this.agency + "." + user).get("/")
					.document()
					.select("#running-rounds a[href=/rounds/" + this.round.id() + "]")).isEmpty();
			}
		}

		/** The items of this round on the user's Beranda. */
		List<Element> items(String username) {
			Document home = session(username).get("/").document();
			String link = "/rounds/" + this.round.id();
			List<Element> items = new ArrayList<>();
			for (Element li : home.select("#inbox li.inbox-item")) {
				String href = li.select("a[href]").attr("href");
				if (href.equals(link) || href.startsWith(link + "/")) {
					items.add(li);
				}
			}
			return items;
		}

	}

	private WebSession session(String username) {
		return this.sessions.computeIfAbsent(username, (u) -> {
			WebSession session = WebSession.on(this.port);
			WebSession.Page page = session.login(u, DemoPassword.VALUE);
			assertThat(page.status()).as("sign-in of %s", u).isEqualTo(200);
			return session;
		});
	}

}
