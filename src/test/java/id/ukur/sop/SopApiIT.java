package id.ukur.sop;

import java.util.List;

import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SOP API through the real stack: the seeds, YAML round trips, revisions, validation,
 * access.
 */
class SopApiIT extends IntegrationTest {

	@Test
	void purwakartasSopHasThirteenStepsAndFourLanes() {
		Api.Response response = api("pwk-dkupp.perencana").get("/api/v1/agencies/pwk-dkupp/sop");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("steps").size()).isEqualTo(13);
		assertThat(response.json().get("lanes").size()).isEqualTo(4);
		assertThat(response.json().get("lanes").get(0).get("name").asString()).isEqualTo("Kepala Dinas");
		assertThat(response.header("X-Ukur-Sop-Revision")).isNotBlank();
	}

	@Test
	void everySeedAgencyHasItsSop() {
		for (String agency : new String[] { "lpk-disperinaker", "pwk-dkupp", "pbl-disperinaker", "lmg-disnaker",
				"wkn-dpmk" }) {
			Api.Response response = api(agency + ".kepala").get("/api/v1/agencies/" + agency + "/sop");
			assertThat(response.status()).as(agency).isEqualTo(200);
		}
		assertThat(api("pwk-dinkes.kepala").get("/api/v1/agencies/pwk-dinkes/sop").status()).isEqualTo(404);
	}

	/**
	 * A publication names the revision it replaces: without it a revision published
	 * meanwhile would be superseded unseen.
	 */
	@Test
	void aPublicationNamesTheRevisionItReplaces() {
		Api planner = api("lmg-disnaker.perencana");
		String path = "/api/v1/agencies/lmg-disnaker/sop";
		Api.Response read = planner.get(path + "?format=yaml");
		int active = Integer.parseInt(read.header("X-Ukur-Sop-Revision"));
		record Case(String query, int status, String code, String field) {
		}
		for (Case row : List.of(new Case("", 400, "problem.invalid", "basedOn"),
				new Case("?basedOn=" + (active - 1), 409, "sop.basedOn.stale", null),
				new Case("?basedOn=" + (active + 1), 409, "sop.basedOn.stale", null))) {
			Api.Response put = planner.putAs(path + row.query(), read.body(), "application/yaml");
			assertThat(put.status()).as(row.query() + " " + put.body()).isEqualTo(row.status());
			assertThat(put.json().get("code").asString()).isEqualTo(row.code());
			if (row.field() != null) {
				assertThat(put.json().get("errors").get(0).get("field").asString()).isEqualTo(row.field());
			}
			assertThat(planner.get(path).header("X-Ukur-Sop-Revision")).as("nothing published")
				.isEqualTo(String.valueOf(active));
		}
		Api.Response current = planner.putAs(path + "?basedOn=" + active, read.body(), "application/yaml");
		assertThat(current.status()).isEqualTo(200);
		assertThat(current.json().get("revision").asInt()).isEqualTo(active + 1);
	}

	@Test
	void yamlExportedAndPutBackBecomesANewRevisionWithTheSameContent() {
		Api planner = api("lmg-disnaker.perencana");
		Api.Response yaml = planner.get("/api/v1/agencies/lmg-disnaker/sop?format=yaml");
		assertThat(yaml.status()).isEqualTo(200);
		assertThat(yaml.contentType()).startsWith("application/yaml");
		assertThat(yaml.body()).contains("steps:").contains("lanes:");
		int before = Integer.parseInt(yaml.header("X-Ukur-Sop-Revision"));
		Api.Response put = planner.putAs("/api/v1/agencies/lmg-disnaker/sop?note=uji&basedOn=" + before, yaml.body(),
				"application/yaml");
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.json().get("revision").asInt()).isEqualTo(before + 1);
		Api.Response again = planner.get("/api/v1/agencies/lmg-disnaker/sop?format=yaml");
		assertThat(again.body()).isEqualTo(yaml.body());
		assertThat(planner.get("/api/v1/agencies/lmg-disnaker/sop?revision=" + before).status()).isEqualTo(200);
	}

	@Test
	void anInvalidDefinitionIsRefusedWithEveryProblemAndNoRevision() {
		Api planner = api("wkn-dpmk.perencana");
		String json = planner.get("/api/v1/agencies/wkn-dpmk/sop").body();
		String revision = planner.get("/api/v1/agencies/wkn-dpmk/sop").header("X-Ukur-Sop-Revision");
		String broken = json.replaceFirst("\"binding\":\"SIGN\"", "\"binding\":\"MANUAL\"")
			.replaceFirst("\"lanes\":\\[\"[^\"]+\"\\]", "\"lanes\":[\"gudang\"]");
		Api.Response response = planner.putAs("/api/v1/agencies/wkn-dpmk/sop", broken, "application/json");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").size()).isGreaterThanOrEqualTo(2);
		assertThat(response.body()).contains("gudang");
		assertThat(planner.get("/api/v1/agencies/wkn-dpmk/sop").header("X-Ukur-Sop-Revision")).isEqualTo(revision);
	}

	@Test
	void unreadableYamlAndUnknownFieldsAreProblems() {
		Api planner = api("wkn-dpmk.perencana");
		Api.Response garbled = planner.putAs("/api/v1/agencies/wkn-dpmk/sop", "steps: [ {", "application/yaml");
		assertThat(garbled.status()).isEqualTo(400);
		Api.Response unknown = planner.putAs("/api/v1/agencies/wkn-dpmk/sop",
				"identity:\n  name: X\n  agencyName: Y\nlanes: []\nsteps: []\nbindng: ORDER\n", "application/yaml");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("message").asString()).contains("bindng");
	}

	@Test
	void everyProblemOfAJsonDefinitionIsListedWithItsStepAndFieldInTheClientsLanguage() {
		Api planner = api("wkn-dpmk.perencana");
		String revision = planner.get("/api/v1/agencies/wkn-dpmk/sop").header("X-Ukur-Sop-Revision");
		String json = planner.get("/api/v1/agencies/wkn-dpmk/sop").body();
		// a time of zero, an unknown unit, an unknown role, text where a step number
		// belongs, and the order moved off step 1
		String broken = json.replaceFirst("\"amount\":\\d+", "\"amount\":0")
			.replaceFirst("\"unit\":\"MINUTES\"", "\"unit\":\"MENIT\"")
			.replaceFirst("\"role\":\"HEAD\"", "\"role\":\"KEPALA\"")
			.replaceFirst("\"number\":3,", "\"number\":\"tiga\",")
			.replaceFirst("\"binding\":\"ORDER\"", "\"binding\":\"MANUAL\"");
		for (String language : new String[] { "id", "en" }) {
			Api.Response response = planner.acceptLanguage(language)
				.putAs("/api/v1/agencies/wkn-dpmk/sop", broken, "application/json");
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			java.util.Map<String, String> errors = new java.util.HashMap<>();
			response.json()
				.get("errors")
				.forEach((e) -> errors.put(e.get("field").asString(), e.get("message").asString()));
			assertThat(errors).as(response.body())
				.containsKeys("steps[0].time.amount", "lanes[0].role", "steps[2].number", "steps");
			assertThat(errors.keySet()).anyMatch((field) -> field.endsWith(".time.unit"));
			assertThat(response.body()).doesNotContain("id.ukur", "Cannot construct", "java.");
			if (language.equals("id")) {
				assertThat(errors.get("steps[0].time.amount")).startsWith("Langkah 1, jumlah waktu baku:");
				assertThat(errors.get("lanes[0].role")).startsWith("Pelaksana 1, peran:").contains("KEPALA");
				assertThat(errors.get("steps[2].number")).startsWith("Langkah 3, nomor:").contains("tiga");
			}
			else {
				assertThat(errors.get("steps[0].time.amount")).startsWith("Step 1, standard time amount:");
				assertThat(errors.get("lanes[0].role")).startsWith("Actor 1, role:").contains("KEPALA");
				assertThat(errors.get("steps[2].number")).startsWith("Step 3, number:").contains("tiga");
			}
		}
		assertThat(planner.get("/api/v1/agencies/wkn-dpmk/sop").header("X-Ukur-Sop-Revision")).isEqualTo(revision);
	}

	@Test
	void onlyTheAgencysPlannerPublishesAndAgenciesStayApart() {
		String yaml = api("pbl-disperinaker.perencana").get("/api/v1/agencies/pbl-disperinaker/sop?format=yaml").body();
		assertThat(
				api("pbl-disperinaker.kepala").putAs("/api/v1/agencies/pbl-disperinaker/sop", yaml, "application/yaml")
					.status())
			.isEqualTo(403);
		assertThat(api("pwk-dkupp.perencana").get("/api/v1/agencies/pbl-disperinaker/sop").status()).isEqualTo(403);
		assertThat(api("pbl.bappeda").get("/api/v1/agencies/pbl-disperinaker/sop").status()).isEqualTo(200);
	}

	@Test
	void theOfficialRenderingIsAPdf() {
		Api.Response pdf = api("lpk-disperinaker.tim").get("/api/v1/agencies/lpk-disperinaker/sop.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF-");
	}

}
