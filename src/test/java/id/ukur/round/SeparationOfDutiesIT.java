package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.organization.UserAccounts;
import id.ukur.organization.UserCommand;
import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import id.ukur.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Separation of duties and guarded changes, through HTTP on H2 and PostgreSQL
 * (docs/security.md): values are accepted or marked not reported by the validators only
 * once the SOP reaches its validation step, never by a member of the value's own unit; a
 * sealed, archived or cancelled round takes no write at all.
 */
class SeparationOfDutiesIT extends IntegrationTest {

	private static final String AGENCY = "pbl-disperinaker";

	@Autowired
	private UserAccounts accounts;

	/** One act on one value, by whom, and the answer expected. */
	record Act(String who, String action, String body, int status, String code) {
	}

	@Test
	void valuesAreSettledByOthersThanTheUnitAndOnlyInTheValidationStep() {
		RoundDriver round = rounds(AGENCY);
		round.order("kepala", "TW4", null);
		round.completeStep("kepala", 2, "Disposisi");
		round.completeStep("sekretaris", 3, "Diteruskan");
		round.post("perencana", "/forms/prepare", null);
		round.post("perencana", "/forms/distribute", null);
		List<String> units = new ArrayList<>(round.units());
		String first = units.get(0);
		round.fillUnit(first, RoundDriver::onTarget);
		round.submit(first);
		assertThat(round.currentStep()).as("still collecting: other units have not submitted").isEqualTo(6);
		String value = valueOf(round, first);
		String headOfUnit = first.toLowerCase(Locale.ROOT) + ".kepala";
		List<Act> whileCollecting = List.of(new Act("tim", "/accept", null, 409, "round.validation.notYet"),
				new Act("perencana", "/accept", null, 409, "round.validation.notYet"),
				new Act("tim", "/not-reported", "{\"reason\": \"Tidak ada data\"}", 409, "round.validation.notYet"),
				new Act("perencana", "/not-reported", "{\"reason\": \"Tidak ada data\"}", 409,
						"round.validation.notYet"),
				new Act(headOfUnit, "/accept", null, 403, "round.entry.notValidator"),
				new Act(headOfUnit, "/not-reported", "{\"reason\": \"x\"}", 403, "round.entry.notValidator"));
		check(round, value, whileCollecting);
		assertThat(entryStatus(round, value)).as("nothing settled").isEqualTo("SUBMITTED");

		// the page offers no accepting while collecting, and says from which step
		WebSession team = web();
		team.login(AGENCY + ".tim", id.ukur.support.DemoPassword.VALUE);
		WebSession.Page page = team.get("/rounds/" + round.id() + "/validation");
		assertThat(page.document().select("button.accept")).isEmpty();
		assertThat(page.document().selectFirst("#accept-all")).isNull();
		assertThat(page.text("#validation-not-yet")).contains("langkah 7");
		assertThat(page.document().select("button.return")).as("a return for correction is still offered").isNotEmpty();
		String toValidate = "#inbox a[href$=/rounds/" + round.id() + "/validation]";
		assertThat(team.get("/").document().select(toValidate)).as("nothing waits for validation yet").isEmpty();

		// a validator who belongs to a unit: the team role and the unit's head
		Api ownUnitValidator = validatorOfUnit(first);
		for (String unit : units.subList(1, units.size())) {
			round.fillUnit(unit, RoundDriver::onTarget);
			round.submit(unit);
		}
		assertThat(round.currentStep()).isEqualTo(7);
		assertThat(team.get("/").document().select(toValidate)).as("the team's inbox: values to validate").isNotEmpty();
		Api.Response own = ownUnitValidator.post(round.path("/entries/" + value + "/accept"), "{}");
		assertThat(own.status()).as(own.body()).isEqualTo(403);
		assertThat(own.json().get("code").asString()).isEqualTo("round.entry.ownUnit");
		Api.Response ownReturn = ownUnitValidator.post(round.path("/entries/" + value + "/return"),
				"{\"reason\": \"Periksa\"}");
		assertThat(ownReturn.status()).isEqualTo(403);
		String other = valueOf(round, units.get(1));
		RoundDriver.ok(ownUnitValidator.post(round.path("/entries/" + other + "/accept"), "{}"));
		assertThat(entryStatus(round, other)).isEqualTo("ACCEPTED");
		RoundDriver.ok(round.as("tim").post(round.path("/entries/" + value + "/accept"), "{}"));
		assertThat(entryStatus(round, value)).isEqualTo("ACCEPTED");
	}

	@Test
	void aSealedArchivedOrCancelledRoundTakesNoWrite() {
		RoundDriver sealed = rounds(AGENCY);
		sealed.order("kepala", "S1", null);
		sealed.completeStep("kepala", 2, "Disposisi");
		sealed.completeStep("sekretaris", 3, "Diteruskan");
		sealed.post("perencana", "/forms/prepare", null);
		sealed.post("perencana", "/forms/distribute", null);
		sealed.fillAndSubmitAll(RoundDriver::onTarget);
		sealed.acceptAll("perencana");
		sealed.post("perencana", "/calculate", null);
		String code = sealed.entries().get(0).get("indicatorCode").asString();
		String unit = sealed.entries().get(0).get("unitCode").asString();
		JsonNode plan = movesFreely(sealed, sealed.post("perencana", "/action-plans", actionPlan(code, unit)));
		sealed.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		sealed.post("kepala", "/sign", null);
		writesRefused(sealed, code, unit, plan, "round.sealed");
		sealed.post("perencana", "/send", null);
		RoundDriver.ok(sealed.region("pbl.bappeda").post(sealed.path("/acknowledge"), "{}"));
		sealed.post("perencana", "/archive", "{\"archiveReference\": \"Arsip Program 2026\"}");
		writesRefused(sealed, code, unit, plan, "round.archived");

		RoundDriver cancelled = rounds(AGENCY);
		cancelled.order("kepala", "S2", null);
		cancelled.post("kepala", "/cancel", "{\"reason\": \"Diperintahkan keliru\"}");
		Api.Response add = cancelled.tryPost("perencana", "/action-plans", actionPlan(code, unit));
		assertThat(add.status()).as(add.body()).isEqualTo(409);
		assertThat(add.json().get("code").asString()).isEqualTo("round.cancelled");

		// the round page offers no action plan form on a closed round
		WebSession planner = web();
		planner.login(AGENCY + ".perencana", id.ukur.support.DemoPassword.VALUE);
		assertThat(planner.get("/rounds/" + sealed.id()).document().selectFirst("#plan-form")).isNull();
	}

	/**
	 * While the round is open an action plan moves freely between its statuses (its
	 * transition table, docs/rounds.md "States"); a status it has not is named.
	 * @return the plan as it stands after the moves
	 */
	private static JsonNode movesFreely(RoundDriver round, JsonNode plan) {
		String path = round.path("/action-plans/" + plan.get("id").asLong());
		Api.Response unknown = round.as("perencana")
			.put(path, "{\"status\": \"SELESAI\", \"version\": " + plan.get("version").asLong() + "}");
		assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
		JsonNode done = RoundDriver.ok(round.as("perencana")
			.put(path, "{\"status\": \"done\", \"version\": " + plan.get("version").asLong() + "}"));
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		JsonNode resumed = RoundDriver.ok(round.as("perencana")
			.put(path, "{\"status\": \"IN_PROGRESS\", \"version\": " + done.get("version").asLong() + "}"));
		assertThat(resumed.get("status").asString()).isEqualTo("IN_PROGRESS");
		return resumed;
	}

	private void writesRefused(RoundDriver round, String code, String unit, JsonNode plan, String expected) {
		String staff = unit.toLowerCase(Locale.ROOT) + ".staf";
		JsonNode entry = round.entries()
			.stream()
			.filter((e) -> e.get("indicatorCode").asString().equals(code))
			.findFirst()
			.orElseThrow();
		List<Api.Response> answers = List.of(round.tryPost("perencana", "/action-plans", actionPlan(code, unit)),
				round.as("perencana")
					.put(round.path("/action-plans/" + plan.get("id").asLong()),
							"{\"status\": \"DONE\", \"version\": " + plan.get("version").asLong() + "}"),
				round.as(staff)
					.put(round.path("/entries/" + code),
							"{\"actual\": 1, \"version\": " + entry.get("version").asLong() + "}"),
				round.tryPost("perencana", "/entries/" + code + "/not-reported", "{\"reason\": \"x\"}"),
				round.tryPost("perencana", "/calculate", null));
		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.raw().uri() + " " + answer.body()).isEqualTo(409);
			assertThat(answer.json().get("code").asString()).isEqualTo(expected);
		});
	}

	private static String actionPlan(String code, String unit) {
		return "{\"indicatorCode\": \"" + code + "\", \"analysis\": \"Analisis\", \"action\": \"Tindakan\","
				+ " \"ownerUnit\": \"" + unit + "\", \"dueDate\": \"2026-12-31\"}";
	}

	private void check(RoundDriver round, String value, List<Act> acts) {
		for (Act act : acts) {
			Api.Response answer = round.as(act.who())
				.post(round.path("/entries/" + value + act.action()), (act.body() != null) ? act.body() : "{}");
			assertThat(answer.status()).as(act + ": " + answer.body()).isEqualTo(act.status());
			assertThat(answer.json().get("code").asString()).as(act.toString()).isEqualTo(act.code());
		}
	}

	private Api validatorOfUnit(String unit) {
		CurrentUser admin = this.accounts.byUsername("pbl.admin").orElseThrow();
		String username = "pbl.validator." + unit.toLowerCase(Locale.ROOT);
		UserAccounts.CreatedUser created = this.accounts.createUser(admin, new UserCommand(username,
				"Kepala Bidang dan Tim", null, AGENCY, unit, null, Set.of(Role.TEAM, Role.UNIT_HEAD), null));
		CurrentUser user = this.accounts.byUsername(username).orElseThrow();
		String password = "Validasi-" + Long.toHexString(System.nanoTime()) + "-Kinerja";
		this.accounts.changePassword(user, created.temporaryPassword(), password, password);
		return Api.withToken(this.port,
				this.accounts.createToken(this.accounts.byUsername(username).orElseThrow(), "separation of duties"));
	}

	private static String valueOf(RoundDriver round, String unit) {
		return round.entries()
			.stream()
			.filter((e) -> e.get("unitCode").asString().equals(unit))
			.findFirst()
			.orElseThrow()
			.get("indicatorCode")
			.asString();
	}

	private static String entryStatus(RoundDriver round, String code) {
		return round.entries()
			.stream()
			.filter((e) -> e.get("indicatorCode").asString().equals(code))
			.findFirst()
			.orElseThrow()
			.get("status")
			.asString();
	}

}
