package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import id.ukur.support.SampleFiles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The rules of rounds through the real HTTP stack: SOP order, reasons, versions, units
 * and agencies, sealing, verification and the journal. One Way Kanan TW3 round is driven
 * once and each test looks at one rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundRulesIT extends IntegrationTest {

	private RoundDriver round;

	private JsonNode seal;

	private String pmValue;

	private String ekonomiValue;

	@BeforeAll
	void driveOneRound() {
		this.round = rounds("wkn-dpmk");
		this.round.order("kepala", "TW3", null);
		this.round.completeStep("sekretaris", 2, "Perintah kepada perencana");
		this.round.post("perencana", "/forms/prepare", null);
		for (JsonNode entry : this.round.entries()) {
			if (entry.get("unitCode").asString().equals("PM") && this.pmValue == null) {
				this.pmValue = entry.get("indicatorCode").asString();
			}
			if (entry.get("unitCode").asString().equals("EKONOMI") && this.ekonomiValue == null) {
				this.ekonomiValue = entry.get("indicatorCode").asString();
			}
		}
		checkRulesBeforeSealing();
		this.round.fillAndSubmitAll(RoundDriver::onTarget);
		this.round.acceptAll("tim");
		this.round.post("perencana", "/calculate", null);
		JsonNode recap = RoundDriver.ok(this.round.as("perencana").get(this.round.path("/recap")));
		for (JsonNode indicator : recap.get("indicators")) {
			if (indicator.get("needsFollowUp").asBoolean()) {
				this.round.post("perencana", "/action-plans",
						"{\"indicatorCode\": \"" + indicator.get("indicatorCode").asString()
								+ "\", \"analysis\": \"a\", \"action\": \"b\"," + " \"ownerUnit\": \""
								+ indicator.get("unitCode").asString() + "\", \"dueDate\": \"2026-12-31\"}");
			}
		}
		this.seal = this.round.post("kepala", "/sign", null);
	}

	/**
	 * What the open round answered once the forms were out; the named tests below judge
	 * it. The answers are collected while the round is open since a sealed round refuses
	 * them all.
	 */
	private final Map<String, Api.Response> open = new HashMap<>();

	private JsonNode saved;

	private JsonNode storedAfterSave;

	private long versionRead;

	private JsonNode afterStale;

	private JsonNode returned;

	private String formsAfterReturn;

	/**
	 * Drives the open round through the cases the tests judge: nothing is asserted here.
	 */
	private void checkRulesBeforeSealing() {
		String path = "/entries/" + this.pmValue;
		this.versionRead = entry(this.pmValue).get("version").asLong();
		long version = this.versionRead;
		this.saved = RoundDriver.ok(this.round.as("pm.staf").put(this.round.path(path), body("12", version)));
		this.storedAfterSave = entry(this.pmValue);
		this.open.put("stale", this.round.as("pm.kepala").put(this.round.path(path), body("99", version)));
		this.afterStale = entry(this.pmValue);
		this.open.put("otherUnit", this.round.as("ekonomi.staf").put(this.round.path(path), body("5", version + 1)));
		this.open.put("otherAgency",
				tokenApi("lpk-disperinaker.perindustrian.staf").put(this.round.path(path), body("5", version + 1)));
		this.open.put("otherAgencyRound", tokenApi("lpk-disperinaker.perencana").get(this.round.path("")));
		this.open.put("otherAgencyEntries", tokenApi("lpk-disperinaker.perencana").get(this.round.path("/entries")));
		this.open.put("auditorOfRegion", tokenApi("wkn.inspektorat").get(this.round.path("")));
		this.open.put("auditorOfOtherRegion", tokenApi("lpk.inspektorat").get(this.round.path("")));
		this.open.put("notANumber",
				this.round.as("pm.staf").put(this.round.path(path), body("dua belas", version + 1)));
		this.open.put("pdf",
				this.round.as("pm.staf")
					.postFile(this.round.path(path + "/evidence"), "file", "../bukti tw3.pdf", SampleFiles.pdf(),
							"application/pdf"));
		this.open.put("fake",
				this.round.as("pm.staf")
					.postFile(this.round.path(path + "/evidence"), "file", "bukti.pdf",
							"MZ not a pdf".getBytes(StandardCharsets.UTF_8), "application/pdf"));
		this.open.put("signOutOfOrder", this.round.tryPost("kepala", "/sign", null));
		this.round.fillUnit("PM", RoundDriver::onTarget);
		this.round.submit("PM");
		this.open.put("returnWithoutReason", this.round.tryPost("tim", path + "/return", "{\"reason\": \"  \"}"));
		this.open.put("acceptNotTeam", this.round.tryPost("pm.kepala", path + "/accept", null));
		this.open.put("saveSubmitted", this.round.as("pm.staf")
			.put(this.round.path(path), body("13", entry(this.pmValue).get("version").asLong())));
		this.round.post("tim", path + "/return", "{\"reason\": \"Bukti dukung belum ditandatangani\"}");
		this.returned = entry(this.pmValue);
		this.formsAfterReturn = this.round.round().get("forms").toString();
	}

	@Test
	void aSaveAnswersTheValueAsStoredWithTheNextVersion() {
		for (String field : new String[] { "version", "actual", "status", "note", "updatedBy", "unitCode", "target" }) {
			assertThat(this.saved.get(field)).as(field).isEqualTo(this.storedAfterSave.get(field));
		}
		assertThat(Instant.parse(this.saved.get("updatedAt").asString()).truncatedTo(ChronoUnit.MILLIS))
			.isEqualTo(Instant.parse(this.storedAfterSave.get("updatedAt").asString()).truncatedTo(ChronoUnit.MILLIS));
		assertThat(this.saved.get("version").asLong()).isEqualTo(this.versionRead + 1);
	}

	@Test
	void aSaveWithAStaleVersionIsRefusedAndOverwritesNothing() {
		Api.Response stale = this.open.get("stale");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("detail").asString()).contains(this.pmValue).contains("orang lain");
		assertThat(this.afterStale.get("actual").decimalValue()).isEqualByComparingTo("12");
	}

	@Test
	void anotherUnitOrAgencyCannotWriteAndAnotherAgencyCannotRead() {
		assertThat(this.open.get("otherUnit").status()).isEqualTo(403);
		assertThat(this.open.get("otherAgency").status()).isEqualTo(404);
		assertThat(this.open.get("otherAgencyRound").status()).isEqualTo(404);
		assertThat(this.open.get("otherAgencyEntries").status()).isEqualTo(404);
	}

	@Test
	void aRegionWideAuditorReadsTheRoundsOfItsOwnRegionOnly() {
		assertThat(this.open.get("auditorOfRegion").status()).isEqualTo(200);
		assertThat(this.open.get("auditorOfOtherRegion").status()).isEqualTo(404);
	}

	@Test
	void aValueThatIsNotANumberIsRefusedNamingTheField() {
		Api.Response notANumber = this.open.get("notANumber");
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.json().get("errors").get(0).get("field").asString()).isEqualTo("actual");
	}

	@Test
	void evidenceIsCheckedByItsContentAndKeepsAPlainFileName() {
		Api.Response pdf = this.open.get("pdf");
		assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
		assertThat(pdf.json().get("fileName").asString()).isEqualTo("bukti tw3.pdf");
		assertThat(this.open.get("fake").status()).isEqualTo(415);
	}

	@Test
	void anActOutOfSopOrderNamesTheStepThatComesFirst() {
		Api.Response sign = this.open.get("signOutOfOrder");
		assertThat(sign.status()).isEqualTo(409);
		assertThat(sign.json().get("detail").asString()).contains("langkah 4");
	}

	@Test
	void onlyTheTeamJudgesAndItReturnsWithAReasonOnly() {
		Api.Response noReason = this.open.get("returnWithoutReason");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(this.open.get("acceptNotTeam").status()).isEqualTo(403);
	}

	@Test
	void aSubmittedValueIsReadOnlyForItsUnitUntilReturnedWithItsReason() {
		assertThat(this.open.get("saveSubmitted").status()).isEqualTo(409);
		assertThat(this.returned.get("status").asString()).isEqualTo("RETURNED");
		assertThat(this.returned.get("reason").asString()).isEqualTo("Bukti dukung belum ditandatangani");
		assertThat(this.formsAfterReturn).contains("RETURNED");
	}

	@Test
	void everyVersionOfAValueIsKept() {
		List<JsonNode> history = new ArrayList<>();
		RoundDriver.ok(this.round.as("perencana").get(this.round.path("/entries/" + this.pmValue + "/history")))
			.forEach(history::add);
		assertThat(history).extracting((h) -> h.get("action").asString())
			.containsSubsequence("SAVED", "SAVED", "SUBMITTED", "RETURNED", "SAVED", "SUBMITTED", "ACCEPTED");
		assertThat(history).anyMatch((h) -> "Bukti dukung belum ditandatangani".equals(h.get("reason").asString()));
	}

	@Test
	void aSealedRoundRefusesEveryChange() {
		JsonNode entry = entry(this.ekonomiValue);
		String path = "/entries/" + this.ekonomiValue;
		assertThat(this.round.as("ekonomi.staf")
			.put(this.round.path(path), body("1", entry.get("version").asLong()))
			.status()).isEqualTo(409);
		assertThat(this.round.as("ekonomi.staf")
			.postFile(this.round.path(path + "/evidence"), "file", "a.pdf", SampleFiles.pdf(), "application/pdf")
			.status()).isEqualTo(409);
		assertThat(this.round.tryPost("tim", path + "/return", "{\"reason\": \"x\"}").status()).isEqualTo(409);
		assertThat(this.round.tryPost("tim", path + "/accept", null).status()).isEqualTo(409);
		assertThat(this.round.tryPost("tim", path + "/not-reported", "{\"reason\": \"x\"}").status()).isEqualTo(409);
		assertThat(this.round.tryPost("perencana", "/calculate", null).status()).isEqualTo(409);
		assertThat(this.round.tryPost("ekonomi.kepala", "/units/EKONOMI/submit", null).status()).isEqualTo(409);
		assertThat(this.round.tryPost("kepala", "/sign", null).status()).isEqualTo(409);
		assertThat(this.round.as("perencana").get(this.round.path("")).json().get("status").asString())
			.isEqualTo("SEALED");
	}

	@Test
	void theVerificationRecognisesTheSealedReportAndRejectsAWrongCode() {
		String code = this.seal.get("verificationCode").asString();
		Api.Response genuine = anonymousApi().get("/api/v1/verify/" + code.toLowerCase());
		assertThat(genuine.status()).isEqualTo(200);
		assertThat(genuine.json().get("agencyName").asString()).contains("Pemberdayaan");
		assertThat(genuine.json().get("period").asString()).isEqualTo("TW III 2026");
		Api.Response wrong = anonymousApi().get("/api/v1/verify/ZZZZ-ZZZZ-ZZZZ");
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.json().get("genuine").asBoolean()).isFalse();
		byte[] pdf = this.round.as("perencana").getBytes(this.round.path("/report.pdf"));
		assertThat(sha256(pdf)).isEqualTo(this.seal.get("sha256").asString());
	}

	@Test
	void theJournalHoldsEveryAction() {
		List<JsonNode> journal = new ArrayList<>();
		RoundDriver.ok(this.round.as("perencana").get(this.round.path("/audit"))).forEach(journal::add);
		assertThat(journal).extracting((j) -> j.get("action").asString())
			.contains("ORDERED", "STEP_COMPLETED", "FORMS_PREPARED", "ENTRY_SAVED", "EVIDENCE_ADDED", "FORM_SUBMITTED",
					"ENTRY_RETURNED", "ENTRY_ACCEPTED", "CALCULATED", "SIGNED");
		assertThat(journal).anyMatch((j) -> j.get("action").asString().equals("STEP_COMPLETED")
				&& j.get("after").asString().contains("Perintah kepada perencana"));
		JsonNode returned = journal.stream()
			.filter((j) -> j.get("action").asString().equals("ENTRY_RETURNED"))
			.findFirst()
			.orElseThrow();
		assertThat(returned.get("reason").asString()).isEqualTo("Bukti dukung belum ditandatangani");
		assertThat(returned.get("actor").asString()).isEqualTo("wkn-dpmk.tim");
		JsonNode saved = journal.stream()
			.filter((j) -> j.get("action").asString().equals("ENTRY_SAVED")
					&& j.get("subject").asString().equals("ENTRY:" + this.pmValue))
			.skip(1)
			.findFirst()
			.orElseThrow();
		assertThat(saved.get("before").asString()).contains("\"actual\":\"12\"");
		Integer rows = this.jdbc.sql("select count(*) from audit_entry where round_id = ?")
			.param(this.round.id())
			.query(Integer.class)
			.single();
		assertThat(rows).isEqualTo(journal.size());
	}

	private JsonNode entry(String code) {
		return this.round.entries()
			.stream()
			.filter((e) -> e.get("indicatorCode").asString().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static String body(String actual, long version) {
		return "{\"actual\": \"" + actual + "\", \"note\": \"catatan\", \"version\": " + version + "}";
	}

	private static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
