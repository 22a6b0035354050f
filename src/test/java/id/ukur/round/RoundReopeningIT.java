package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reopening a sealed round through the real HTTP stack: only the signer, only with a
 * reason, as a new revision whose predecessor stays verifiable as superseded. Its own Way
 * Kanan TW4 round, so that RoundRulesIT keeps its sealed TW3.
 */
class RoundReopeningIT extends IntegrationTest {

	@Test
	void reopeningNeedsTheSignerAndAReasonAndKeepsTheSealedRevision() {
		RoundDriver other = rounds("wkn-dpmk");
		assertThat(other.tryPost("perencana", "/reopen", "{\"reason\": \"x\"}").status()).isIn(403, 404);
		other.order("kepala", "TW4", null);
		other.completeStep("sekretaris", 2, "Perintah");
		other.post("perencana", "/forms/prepare", null);
		other.fillAndSubmitAll(RoundDriver::onTarget);
		other.acceptAll("tim");
		other.post("perencana", "/calculate", null);
		JsonNode recap = RoundDriver.ok(other.as("perencana").get(other.path("/recap")));
		for (JsonNode indicator : recap.get("indicators")) {
			if (indicator.get("needsFollowUp").asBoolean()) {
				other.post("perencana", "/action-plans",
						"{\"indicatorCode\": \"" + indicator.get("indicatorCode").asString()
								+ "\", \"analysis\": \"a\", \"action\": \"b\"," + " \"ownerUnit\": \""
								+ indicator.get("unitCode").asString() + "\", \"dueDate\": \"2026-12-31\"}");
			}
		}
		JsonNode first = other.post("kepala", "/sign", null);
		assertThat(other.tryPost("perencana", "/reopen", "{\"reason\": \"Salah ketik\"}").status()).isEqualTo(403);
		assertThat(other.tryPost("kepala", "/reopen", "{}").status()).isEqualTo(400);
		JsonNode reopened = other.post("kepala", "/reopen", "{\"reason\": \"Koreksi realisasi IKU\"}");
		assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
		assertThat(reopened.get("revision").asInt()).isEqualTo(2);
		Api.Response old = anonymousApi().get("/api/v1/verify/" + first.get("verificationCode").asString());
		assertThat(old.json().get("genuine").asBoolean()).isTrue();
		assertThat(old.json().get("superseded").asBoolean()).isTrue();
		other.post("perencana", "/calculate", null);
		JsonNode second = other.post("kepala", "/sign", null);
		assertThat(second.get("revision").asInt()).isEqualTo(2);
		List<JsonNode> seals = new ArrayList<>();
		RoundDriver.ok(other.as("perencana").get(other.path("/seals"))).forEach(seals::add);
		assertThat(seals).hasSize(2);
	}

}
