package id.ukur.plan;

import java.io.ByteArrayInputStream;
import java.util.List;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan API and workbook through the real stack: round trips, whole-document
 * validation, access.
 */
class PlanApiIT extends IntegrationTest {

	private static final String PLAN = "/api/v1/agencies/lmg-disnaker/plans/2026";

	@Autowired
	PlanWorkbooks workbooks;

	@Autowired
	UserAccounts accounts;

	@Test
	void aDemoPlanPutBackUnchangedReadsIdentically() {
		Api planner = api("lmg-disnaker.perencana");
		Api.Response first = planner.get(PLAN);
		assertThat(first.status()).isEqualTo(200);
		JsonNode plan = first.json();
		assertThat(plan.get("year").asInt()).isEqualTo(2026);
		assertThat(plan.get("goals").size()).isGreaterThan(0);
		Api.Response put = planner.put(PLAN, first.body());
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.json().get("changed").asBoolean()).isFalse();
		assertThat(planner.get(PLAN).body()).isEqualTo(first.body());
	}

	@Test
	void aChangedPlanIsStoredWithANewVersion() {
		Api planner = api("pbl-disperinaker.perencana");
		String path = "/api/v1/agencies/pbl-disperinaker/plans/2026";
		ObjectNode plan = (ObjectNode) planner.get(path).json();
		long version = plan.get("version").asLong();
		((ObjectNode) plan.get("goals").get(0)).put("name", "Tujuan yang dirumuskan ulang");
		Api.Response put = planner.put(path, plan.toString());
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.json().get("changed").asBoolean()).isTrue();
		JsonNode after = planner.get(path).json();
		assertThat(after.get("version").asLong()).isEqualTo(version + 1);
		assertThat(after.get("goals").get(0).get("name").asString()).isEqualTo("Tujuan yang dirumuskan ulang");
		// the same stale version again is refused
		((ObjectNode) plan.get("goals").get(0)).put("name", "Perubahan basi");
		Api.Response stale = planner.put(path, plan.toString());
		assertThat(stale.status()).isEqualTo(409);
	}

	/**
	 * Replacing a stored plan names the version it replaces: without one a concurrent
	 * change would be overwritten unseen.
	 */
	@Test
	void aPlanSentWithoutItsVersionIsRefusedNamingTheField() {
		Api planner = api("pwk-dinkes.perencana");
		String path = "/api/v1/agencies/pwk-dinkes/plans/2025";
		ObjectNode read = (ObjectNode) planner.get(path).json();
		long version = read.get("version").asLong();
		record Case(String name, java.util.function.Consumer<ObjectNode> version, int status, String field) {
		}
		List<Case> cases = List.of(new Case("absent", (plan) -> plan.remove("version"), 400, "version"),
				new Case("null", (plan) -> plan.putNull("version"), 400, "version"),
				new Case("stale", (plan) -> plan.put("version", version - 1), 409, null),
				new Case("from the future", (plan) -> plan.put("version", version + 5), 409, null));
		for (Case row : cases) {
			ObjectNode plan = read.deepCopy();
			row.version().accept(plan);
			((ObjectNode) plan.get("goals").get(0)).put("name", "Tujuan " + row.name());
			Api.Response put = planner.put(path, plan.toString());
			assertThat(put.status()).as(row.name() + ": " + put.body()).isEqualTo(row.status());
			assertThat(put.contentType()).startsWith("application/problem+json");
			if (row.field() != null) {
				assertThat(put.json().get("errors").get(0).get("field").asString()).isEqualTo(row.field());
			}
			assertThat(planner.get(path).json().get("version").asLong()).as("nothing stored").isEqualTo(version);
		}
		ObjectNode current = read.deepCopy();
		((ObjectNode) current.get("goals").get(0)).put("name", "Tujuan dengan versi");
		assertThat(planner.put(path, current.toString()).status()).isEqualTo(200);
		assertThat(planner.get(path).json().get("goals").get(0).get("name").asString())
			.isEqualTo("Tujuan dengan versi");
	}

	@Test
	void anInvalidPlanIsRefusedWithEveryErrorAndNothingStored() {
		Api planner = api("lmg-disnaker.perencana");
		String before = planner.get(PLAN).body();
		ObjectNode plan = (ObjectNode) planner.get(PLAN).json();
		ObjectNode objective = (ObjectNode) plan.get("goals").get(0).get("objectives").get(0);
		ObjectNode indicator = (ObjectNode) objective.get("indicators").get(0);
		indicator.put("unitCode", "TIDAK-ADA");
		indicator.remove("target");
		indicator.put("targetMin", 90);
		indicator.put("targetMax", 80);
		((ObjectNode) objective).put("name", "");
		Api.Response response = planner.put(PLAN, plan.toString());
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> fields = response.json()
			.get("errors")
			.valueStream()
			.map((error) -> error.get("field").asString())
			.toList();
		assertThat(fields).contains("goals[0].objectives[0].name", "goals[0].objectives[0].indicators[0].unitCode",
				"goals[0].objectives[0].indicators[0].targetMin");
		assertThat(response.json().get("errors").get(0).get("message").asString()).isNotBlank();
		assertThat(planner.get(PLAN).body()).isEqualTo(before);
	}

	@Test
	void onlyTheAgencysPlannerWritesAndOthersReadByTheirRights() {
		String body = api("lmg-disnaker.perencana").get(PLAN).body();
		assertThat(api("lmg-disnaker.kepala").put(PLAN, body).status()).isEqualTo(403);
		assertThat(api("lmg.admin").put(PLAN, body).status()).isEqualTo(403);
		assertThat(api("lmg-disnaker.penta.staf").get(PLAN).status()).isEqualTo(200);
		assertThat(api("lmg.inspektorat").get(PLAN).status()).isEqualTo(200);
		assertThat(api("pwk-dkupp.perencana").get(PLAN).status()).isEqualTo(403);
		assertThat(api("pwk.bappeda").get(PLAN).status()).isEqualTo(403);
		assertThat(api("lmg-disnaker.perencana").get("/api/v1/agencies/lmg-disnaker/plans/1999").status())
			.isEqualTo(404);
	}

	@Test
	void malformedPlansAreProblemsNotServerErrors() {
		Api planner = api("lmg-disnaker.perencana");
		assertThat(planner.put(PLAN, "{\"year\": 2026, \"goals\": [").status()).isEqualTo(400);
		Api.Response badEnum = planner.put(PLAN,
				"{\"year\":2026,\"goals\":[{\"code\":\"T\",\"name\":\"T\",\"objectives\":[{\"code\":\"S\",\"name\":\"S\","
						+ "\"indicators\":[{\"code\":\"I\",\"name\":\"I\",\"polarity\":\"SIDEWAYS\"}]}]}]}");
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat(badEnum.json().get("errors").get(0).get("field").asString()).contains("polarity");
	}

	@Test
	void theWorkbookRoundTripsThePlan() {
		CurrentUser planner = this.accounts.byUsername("wkn-dpmk.perencana").orElseThrow();
		Api api = api("wkn-dpmk.perencana");
		String path = "/api/v1/agencies/wkn-dpmk/plans/2025";
		String before = api.get(path).body();
		byte[] workbook = this.workbooks.export("wkn-dpmk", 2025, planner);
		PlanWorkbooks.ImportResult result = this.workbooks.importWorkbook("wkn-dpmk", 2025,
				new ByteArrayInputStream(workbook), api.get(path).json().get("version").asLong(), planner);
		assertThat(result.problems()).isEmpty();
		assertThat(result.accepted()).isTrue();
		assertThat(result.saved().changed()).as("the re-imported workbook is the same plan").isFalse();
		assertThat(api.get(path).body()).isEqualTo(before);
		byte[] template = this.workbooks.template("wkn-dpmk", 2027, planner);
		PlanWorkbooks.ImportResult empty = this.workbooks.importWorkbook("wkn-dpmk", 2027,
				new ByteArrayInputStream(template), null, planner);
		assertThat(empty.accepted()).isTrue();
		assertThat(empty.rows()).isZero();
	}

	@Test
	void aWorkbookThatIsNotOneIsRefusedPolitely() {
		CurrentUser planner = this.accounts.byUsername("wkn-dpmk.perencana").orElseThrow();
		PlanWorkbooks.ImportResult result = this.workbooks.importWorkbook("wkn-dpmk", 2026,
				new ByteArrayInputStream("bukan excel".getBytes()), null, planner);
		assertThat(result.accepted()).isFalse();
		assertThat(result.problems()).extracting(PlanWorkbooks.RowProblem::code)
			.containsExactly("plan.xlsx.unreadable");
	}

}
