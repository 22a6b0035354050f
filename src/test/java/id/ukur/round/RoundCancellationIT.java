package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import id.ukur.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Cancelling a round through the real stack, on H2 and PostgreSQL: the head only, with a
 * reason; the round is kept, journaled and shown as cancelled, its period is free for a
 * new round, and a signed round is not cancelled.
 */
class RoundCancellationIT extends IntegrationTest {

	@Test
	void theHeadCancelsWithAReasonAndThePeriodIsFreeAgain() {
		RoundDriver round = rounds("pwk-dkupp");
		round.order("kepala", "S2", null);
		long cancelled = round.id();
		// the period is held while the round runs
		Api.Response twice = round.as("kepala").post("/api/v1/agencies/pwk-dkupp/rounds", orderBody("S2"));
		assertThat(twice.status()).isEqualTo(409);

		Api.Response noReason = round.tryPost("kepala", "/cancel", "{\"reason\": \"  \"}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.contentType()).startsWith("application/problem+json");
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(round.tryPost("kepala", "/cancel", null).status()).isEqualTo(400);
		for (String other : List.of("perencana", "sekretaris")) {
			Api.Response notHead = round.tryPost(other, "/cancel", "{\"reason\": \"Salah periode\"}");
			assertThat(notHead.status()).as(other).isEqualTo(403);
			assertThat(notHead.json().get("detail").asString()).contains("kepala");
		}
		assertThat(tokenApi("lmg-disnaker.kepala").post(round.path("/cancel"), "{\"reason\": \"x\"}").status())
			.as("another agency's head")
			.isEqualTo(404);
		assertThat(round.round().get("status").asString()).isEqualTo("OPEN");

		JsonNode done = round.post("kepala", "/cancel", "{\"reason\": \"Diperintahkan untuk periode yang salah\"}");
		assertThat(done.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(done.get("cancellation").get("reason").asString())
			.isEqualTo("Diperintahkan untuk periode yang salah");
		assertThat(done.get("currentStep").isNull()).as("nothing holds a cancelled round").isTrue();

		// journaled in the act's transaction, with the reason
		List<JsonNode> journal = new ArrayList<>();
		RoundDriver.ok(round.as("kepala").get(round.path("/audit"))).forEach(journal::add);
		assertThat(journal).anySatisfy((line) -> {
			assertThat(line.get("action").asString()).isEqualTo("CANCELLED");
			assertThat(line.get("reason").asString()).isEqualTo("Diperintahkan untuk periode yang salah");
		});
		// nothing more happens in it, in any language
		Api.Response again = round.tryPost("kepala", "/cancel", "{\"reason\": \"lagi\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("dibatalkan");
		Api.Response prepare = round.as("sekretaris").acceptLanguage("en").post(round.path("/forms/prepare"), "{}");
		assertThat(prepare.status()).isEqualTo(409);
		assertThat(prepare.json().get("detail").asString()).contains("cancelled");

		// the period is free: a new round of it is ordered, and both are listed
		round.order("kepala", "S2", null);
		assertThat(round.id()).isNotEqualTo(cancelled);
		List<String> statuses = new ArrayList<>();
		RoundDriver.ok(round.as("kepala").get("/api/v1/agencies/pwk-dkupp/rounds")).forEach((r) -> {
			if (r.get("period").asString().equals("S2")) {
				statuses.add(r.get("status").asString());
			}
		});
		assertThat(statuses).containsExactlyInAnyOrder("CANCELLED", "OPEN");
		// the database itself keeps one round per period: a second running S2 is refused
		Integer held = this.jdbc
			.sql("select count(*) from measurement_round where agency_id = (select agency_id from measurement_round"
					+ " where id = ?) and round_year = 2026 and period_held = 'S2'")
			.param(cancelled)
			.query(Integer.class)
			.single();
		assertThat(held).isEqualTo(1);
	}

	@Test
	void aSignedRoundIsNotCancelled() {
		RoundDriver round = rounds("lmg-disnaker");
		round.order("sekretaris", "TW2", null);
		round.completeStep("tim", 2, "Arahan");
		round.fillAndSubmitAll(RoundDriver::onTarget);
		round.acceptAll("tim");
		round.post("tim", "/calculate", null);
		round.post("perencana", "/review", "{\"decision\": \"APPROVE\"}");
		round.post("sekretaris", "/sign", null);
		Api.Response refused = round.tryPost("kepala", "/cancel", "{\"reason\": \"Tidak jadi\"}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("ditandatangani");
		assertThat(round.round().get("status").asString()).isEqualTo("SEALED");
	}

	@Test
	void onTheRoundPageTheHeadCancelsWithARequiredReasonAndTheListShowsIt() {
		RoundDriver round = rounds("pwk-dkupp");
		round.order("kepala", "TW3", null);
		WebSession planner = web();
		planner.login("pwk-dkupp.perencana", DemoPassword.VALUE);
		assertThat(planner.get("/rounds/" + round.id()).document().select("#cancel-details")).as("not the head")
			.isEmpty();
		WebSession head = web();
		head.login("pwk-dkupp.kepala", DemoPassword.VALUE);
		WebSession.Page page = head.get("/rounds/" + round.id());
		assertThat(page.document().select("#cancel-reason[required]")).hasSize(1);
		WebSession.Page noReason = head.submit("/rounds/" + round.id() + "/cancel", Map.of("reason", " "));
		assertThat(noReason.document().select("#cancel-details[open] .invalid-feedback").text()).isNotBlank();
		assertThat(round.round().get("status").asString()).isEqualTo("OPEN");
		WebSession.Page done = head.submit("/rounds/" + round.id() + "/cancel",
				Map.of("reason", "Rencana kinerja diganti"));
		assertThat(done.path()).isEqualTo("/rounds/" + round.id());
		assertThat(done.document().select("#round-status").text()).isEqualTo("Dibatalkan");
		assertThat(done.document().select("#cancel-reason-shown").text()).isEqualTo("Rencana kinerja diganti");
		assertThat(done.document().select("#all-done, #cancel-details")).isEmpty();
		WebSession.Page list = head.get("/agencies/pwk-dkupp/rounds");
		assertThat(list.document().select("#round-" + round.id()).text()).contains("Dibatalkan")
			.contains("Rencana kinerja diganti");
	}

	private static String orderBody(String period) {
		return "{\"year\": 2026, \"period\": \"" + period + "\", \"deadline\": \""
				+ java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(7)
				+ "\", \"orderReference\": \"800/x/2026\"}";
	}

}
