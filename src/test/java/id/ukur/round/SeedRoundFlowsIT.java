package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A whole round of each of the five seed agencies through the API, following that
 * agency's SOP as written, from the order to the archive, every step instance timed.
 */
class SeedRoundFlowsIT extends IntegrationTest {

	@Test
	void limaPuluhKotaWithTheSecretarysReturnToTheTeam() {
		RoundDriver round = rounds("lpk-disperinaker");
		round.order("kepala", "TW1", null);
		assertThat(round.currentStep()).isEqualTo(2);
		Api.Response early = round.tryPost("tim", "/submit-for-review", null);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("detail").asString()).contains("langkah 2").contains("Sekretaris");
		round.completeStep("sekretaris", 2, "Notulen rapat arahan 800/12/2026");
		round.completeStep("tim", 3, "Rencana kegiatan pengukuran");
		round.completeStep("tim", 4, "Metodologi pengukuran capaian");
		round.fillAndSubmitAll(RoundDriver::onTarget);
		assertThat(round.currentStep()).isEqualTo(5);
		round.acceptAll("tim");
		round.post("tim", "/calculate", null);
		assertThat(round.currentStep()).isEqualTo(6);
		round.completeStep("tim", 6, "Rekap hasil pengukuran per sasaran");
		round.post("tim", "/submit-for-review", null);
		assertThat(round.currentStep()).isEqualTo(8);
		Api.Response noReason = round.tryPost("sekretaris", "/review", "{\"decision\": \"RETURN\"}");
		assertThat(noReason.status()).isEqualTo(400);
		round.post("sekretaris", "/review",
				"{\"decision\": \"RETURN\", \"reason\": \"Periksa kembali capaian IKU 2\", \"returnTo\": [\"TEAM\"]}");
		assertThat(round.currentStep()).isEqualTo(5);
		round.post("tim", "/calculate", null);
		round.completeStep("tim", 6, "Rekap diperbaiki");
		round.post("tim", "/submit-for-review", null);
		round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		assertThat(round.currentStep()).isEqualTo(9);
		JsonNode seal = round.post("kepala", "/sign", null);
		assertThat(seal.get("sha256").asString()).hasSize(64);
		round.post("perencana", "/send", null);
		RoundDriver.ok(round.region("lpk.bappeda").post(round.path("/acknowledge"), "{}"));
		round.post("perindustrian.staf", "/archive", "{\"archiveReference\": \"Lemari arsip Program, rak 2\"}");
		List<JsonNode> steps = finished(round, 10);
		assertThat(steps)
			.anyMatch((s) -> s.get("number").asInt() == 8 && s.get("status").asString().equals("REOPENED"));
		assertThat(steps).anyMatch((s) -> s.get("number").asInt() == 5 && s.get("iteration").asInt() == 2);
		verified(round, seal);
	}

	@Test
	void purwakartaWithItsMeetingBeforeCollection() {
		RoundDriver round = rounds("pwk-dkupp");
		JsonNode ordered = round.order("kepala", "TW1", null);
		assertThat(ordered.get("formsDistributed").asBoolean()).isFalse();
		assertThat(round.currentStep()).isEqualTo(2);
		round.post("sekretaris", "/forms/prepare", null);
		assertThat(round.currentStep()).isEqualTo(3);
		round.post("sekretaris", "/forms/distribute", null);
		assertThat(round.currentStep()).isEqualTo(4);
		// units may fill while the meeting steps are open
		round.fillUnit("KOPERASI", RoundDriver::onTarget);
		round.completeStep("tim", 4, "Undangan rapat 005/33/DKUPP");
		round.completeStep("sekretaris", 5, "Notulen rapat pembahasan pengukuran kinerja");
		round.fillAndSubmitAll(RoundDriver::onTarget);
		assertThat(round.currentStep()).isEqualTo(7);
		round.acceptAll("tim");
		assertThat(round.currentStep()).isEqualTo(8);
		Api.Response uncalculated = round.tryPost("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		assertThat(uncalculated.status()).isEqualTo(409);
		round.post("perencana", "/calculate", null);
		round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		round.completeStep("kepala", 9, "Koreksi Kepala Dinas pada draf dokumen");
		round.completeStep("sekretaris", 10, "Dokumen disampaikan kepada Kepala Dinas");
		Api.Response secretarySigns = round.tryPost("sekretaris", "/sign", null);
		assertThat(secretarySigns.status()).isEqualTo(403);
		JsonNode seal = round.post("kepala", "/sign", null);
		round.completeStep("sekretaris", 12, "Digandakan 3 eksemplar");
		round.post("perencana", "/send", null);
		round.post("sekretaris", "/archive", "{\"archiveReference\": \"Arsip Sekretariat 2026/TW1\"}");
		finished(round, 13);
		verified(round, seal);
	}

	@Test
	void probolinggoFromTheRequestLetterToBappedaLitbang() {
		RoundDriver round = rounds("pbl-disperinaker");
		JsonNode ordered = round.order("kepala", "TW1",
				"\"requestLetterReference\": \"050/123/425.104/2026\", \"requestLetterFrom\": \"Bappeda Litbang\","
						+ " \"requestLetterDate\": \"2026-11-02\"");
		assertThat(ordered.get("requestLetterFrom").asString()).isEqualTo("Bappeda Litbang");
		round.completeStep("kepala", 2, "Disposisi kepada Sekretaris");
		round.completeStep("sekretaris", 3, "Surat diteruskan ke Kasubag Program");
		assertThat(round.currentStep()).isEqualTo(4);
		round.post("perencana", "/forms/prepare", null);
		round.post("perencana", "/forms/distribute", null);
		assertThat(round.currentStep()).isEqualTo(6);
		round.fillAndSubmitAll(RoundDriver::onTarget);
		assertThat(round.currentStep()).isEqualTo(7);
		round.acceptAll("perencana");
		assertThat(round.currentStep()).isEqualTo(8);
		round.post("perencana", "/calculate", null);
		assertThat(round.currentStep()).isEqualTo(9);
		round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		JsonNode seal = round.post("kepala", "/sign", null);
		assertThat(round.currentStep()).isEqualTo(11);
		Api.Response early = round.region("pbl.bappeda").post(round.path("/acknowledge"), "{}");
		assertThat(early.status()).isEqualTo(409);
		round.post("perencana", "/send", null);
		List<JsonNode> received = new ArrayList<>();
		RoundDriver.ok(round.region("pbl.bappeda").get("/api/v1/rounds/received")).forEach(received::add);
		assertThat(received).anyMatch((r) -> r.get("id").asLong() == round.id());
		RoundDriver.ok(round.region("pbl.bappeda").post(round.path("/acknowledge"), "{}"));
		round.post("perencana", "/archive", "{\"archiveReference\": \"Arsip Program 2026\"}");
		JsonNode archived = round.round();
		assertThat(archived.get("acknowledgedBy").asString()).isEqualTo("pbl.bappeda");
		finished(round, 11);
		verified(round, seal);
	}

	@Test
	void lamonganOrderedBySecretaryWithoutAHeadLane() {
		RoundDriver round = rounds("lmg-disnaker");
		Api.Response byHead = round.as("kepala")
			.post("/api/v1/agencies/lmg-disnaker/rounds", "{\"year\": 2026, \"period\": \"TW1\", \"deadline\": \""
					+ java.time.LocalDate.now().plusDays(3) + "\", \"orderReference\": \"x\"}");
		assertThat(byHead.status()).isEqualTo(403);
		round.order("sekretaris", "TW1", null);
		round.completeStep("tim", 2, "Arahan Sekretaris Tim kepada anggota");
		round.fillAndSubmitAll(RoundDriver::onTarget);
		assertThat(round.currentStep()).isEqualTo(4);
		Api.Response notSettled = round.tryPost("tim", "/calculate", null);
		assertThat(notSettled.status()).isEqualTo(200);
		assertThat(round.currentStep()).as("calculation waits for accepted values").isEqualTo(4);
		round.acceptAll("tim");
		round.post("tim", "/calculate", null);
		assertThat(round.currentStep()).isEqualTo(5);
		round.post("perencana", "/review", "{\"decision\": \"APPROVE\"}");
		JsonNode seal = round.post("sekretaris", "/sign", null);
		round.completeStep("perencana", 7, "Digandakan dan dikirim");
		round.post("perencana", "/send", null);
		round.post("perencana", "/archive", "{\"archiveReference\": \"Arsip Subbag Program\"}");
		finished(round, 7);
		verified(round, seal);
	}

	@Test
	void wayKananNotAchievedGoesToAnActionPlan() {
		RoundDriver round = rounds("wkn-dpmk");
		round.order("kepala", "TW1", null);
		round.completeStep("sekretaris", 2, "Perintah kepada Fungsional Perencana");
		round.post("perencana", "/forms/prepare", null);
		assertThat(round.currentStep()).isEqualTo(4);
		round.fillAndSubmitAll(RoundDriver::halfTarget);
		round.acceptAll("tim");
		round.post("perencana", "/calculate", null);
		assertThat(round.currentStep()).as("not achieved: action plans first").isEqualTo(7);
		Api.Response early = round.tryPost("kepala", "/sign", null);
		assertThat(early.status()).isEqualTo(409);
		JsonNode recap = RoundDriver.ok(round.as("perencana").get(round.path("/recap")));
		Map<String, String> units = new HashMap<>();
		round.entries().forEach((e) -> units.put(e.get("indicatorCode").asString(), e.get("unitCode").asString()));
		int planned = 0;
		for (JsonNode indicator : recap.get("indicators")) {
			if (indicator.get("needsFollowUp").asBoolean()) {
				String code = indicator.get("indicatorCode").asString();
				round.post("perencana", "/action-plans",
						"{\"indicatorCode\": \"" + code
								+ "\", \"analysis\": \"Realisasi di bawah target karena anggaran terlambat\","
								+ " \"action\": \"Percepatan kegiatan TW II\", \"ownerUnit\": \"" + units.get(code)
								+ "\", \"dueDate\": \"2026-12-31\"}");
				planned++;
			}
		}
		assertThat(planned).isPositive();
		assertThat(round.currentStep()).isEqualTo(8);
		JsonNode seal = round.post("kepala", "/sign", null);
		round.post("pm.staf", "/archive", "{\"archiveReference\": \"Dokumentasi SAKIP 2026\"}");
		List<JsonNode> steps = finished(round, 9);
		String outcome = "Tidak tercapai: " + planned + " rencana aksi";
		assertThat(steps).anyMatch((s) -> s.get("number").asInt() == 7 && s.get("note").asString().startsWith(outcome));
		verified(round, seal);
	}

	/** Keeps the documents of the H2 run under target/reports for people to look at. */
	private static void keep(RoundDriver round, byte[] pdf, byte[] xlsx, byte[] worksheet) {
		try {
			java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
			String name = round.round().get("agencyCode").asString();
			java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
			java.nio.file.Files.write(dir.resolve(name + ".xlsx"), xlsx);
			java.nio.file.Files.write(dir.resolve(name + "-kertas-kerja.xlsx"), worksheet);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Archived, and every step's latest instance done and timed. */
	private static List<JsonNode> finished(RoundDriver round, int stepCount) {
		JsonNode view = round.round();
		assertThat(view.get("status").asString()).isEqualTo("ARCHIVED");
		List<JsonNode> steps = new ArrayList<>();
		RoundDriver.ok(round.as("perencana").get(round.path("/steps"))).forEach(steps::add);
		Map<Integer, JsonNode> latest = new HashMap<>();
		steps.forEach((s) -> latest.merge(s.get("number").asInt(), s,
				(a, b) -> (a.get("iteration").asInt() >= b.get("iteration").asInt()) ? a : b));
		assertThat(latest).hasSize(stepCount);
		for (JsonNode step : latest.values()) {
			assertThat(step.get("status").asString()).as("step %s", step.get("number")).isEqualTo("DONE");
			assertThat(step.get("startedAt").isNull()).isFalse();
			assertThat(step.get("completedAt").isNull()).isFalse();
			assertThat(step.get("actualMinutes").isNull()).isFalse();
			assertThat(step.get("completedBy").asString()).isNotBlank();
		}
		return steps;
	}

	private void verified(RoundDriver round, JsonNode seal) {
		String code = seal.get("verificationCode").asString();
		Api.Response verification = anonymousApi().get("/api/v1/verify/" + code);
		assertThat(verification.status()).isEqualTo(200);
		assertThat(verification.json().get("genuine").asBoolean()).isTrue();
		assertThat(verification.json().get("sha256").asString()).isEqualTo(seal.get("sha256").asString());
		assertThat(anonymousApi().get("/api/v1/verify/AAAA-BBBB-CCCC").status()).isEqualTo(404);
		byte[] pdf = round.as("perencana").getBytes(round.path("/report.pdf"));
		assertThat(pdf).startsWith("%PDF".getBytes());
		byte[] xlsx = round.as("perencana").getBytes(round.path("/report.xlsx"));
		byte[] worksheet = round.as("perencana").getBytes(round.path("/worksheet.xlsx"));
		assertThat(xlsx).startsWith(new byte[] { 'P', 'K' });
		assertThat(worksheet).startsWith(new byte[] { 'P', 'K' });
		keep(round, pdf, xlsx, worksheet);
		List<JsonNode> journal = new ArrayList<>();
		RoundDriver.ok(round.as("perencana").get(round.path("/audit"))).forEach(journal::add);
		assertThat(journal).extracting((j) -> j.get("action").asString())
			.contains("ORDERED", "ENTRY_SAVED", "FORM_SUBMITTED", "ENTRY_ACCEPTED", "CALCULATED", "SIGNED", "ARCHIVED");
	}

}
