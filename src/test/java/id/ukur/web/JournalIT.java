package id.ukur.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.TestDatabase;
import id.ukur.support.WebSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every kind of change reaches the journal with who, when, before, after and reason, read
 * through the journal API and page; a signed PK makes a reason required; only the
 * agency's own managers and the region's administrator and auditor read it
 * (docs/journal.md). Each test writes a plan year no other test uses.
 */
class JournalIT extends IntegrationTest {

	private static final String AGENCY = "lpk-disperinaker";

	private static final String PLANNER = AGENCY + ".perencana";

	private static final String JOURNAL = "/api/v1/agencies/" + AGENCY + "/journal";

	@Test
	void aTargetChangedThroughPutIsOneLineWithBeforeAfterAndWho() {
		Api planner = api(PLANNER);
		ObjectNode plan = newPlan(2031);
		assertThat(lines(planner, "?kind=PLAN")).anySatisfy((line) -> {
			assertThat(line.get("action").asString()).isEqualTo("PLAN_CREATED");
			assertThat(line.get("subject").asString()).isEqualTo("PLAN:2031");
		});
		long newest = newestId(planner);
		ObjectNode indicator = numericIndicator(plan);
		String code = indicator.get("code").asString();
		String old = indicator.get("target").asString();
		indicator.put("target", new java.math.BigDecimal(old).add(java.math.BigDecimal.TEN));
		assertThat(planner.put(plan(2031), plan.toString()).status()).isEqualTo(200);

		List<JsonNode> added = since(lines(planner, "?kind=PLAN"), newest);
		assertThat(added).singleElement().satisfies((line) -> {
			assertThat(line.get("kind").asString()).isEqualTo("PLAN");
			assertThat(line.get("action").asString()).isEqualTo("PLAN_INDICATOR_CHANGED");
			assertThat(line.get("actionText").asString()).isEqualTo("Mengubah indikator");
			assertThat(line.get("subject").asString()).isEqualTo("PLAN_INDICATOR:2031:" + code);
			assertThat(line.get("subjectText").asString()).isEqualTo("Indikator " + code + " (rencana 2031)");
			assertThat(line.get("user").asString()).isEqualTo(PLANNER);
			assertThat(line.get("userName").asString()).isNotEqualTo(PLANNER);
			assertThat(line.get("at").asString()).isNotBlank();
			assertThat(line.get("before").propertyNames()).containsExactly("target");
			assertThat(line.get("before").get("target").decimalValue()).isEqualByComparingTo(old);
			assertThat(line.get("after").get("target").decimalValue())
				.isEqualByComparingTo(new java.math.BigDecimal(old).add(java.math.BigDecimal.TEN));
			assertThat(line.get("reason").isNull()).isTrue();
		});
	}

	@Test
	void onceThePkIsSignedEveryChangeNeedsAReason() {
		Api planner = api(PLANNER);
		ObjectNode plan = newPlan(2032);
		String signature = plan(2032).replace("/plans/2032", "/plans/2032/pk-signature");
		assertThat(planner.put(signature, "{\"signedOn\":\"2099-01-02\"}").status()).as("not after today")
			.isEqualTo(400);
		assertThat(planner.put(signature, "{\"signedOn\":\"2026-01-15\"}").status()).isEqualTo(200);
		assertThat(planner.get(signature).json().get("signedOn").asString()).isEqualTo("2026-01-15");
		assertThat(lines(planner, "?kind=PLAN").get(0).get("action").asString()).isEqualTo("PLAN_PK_SIGNED");

		ObjectNode indicator = numericIndicator(plan);
		String old = indicator.get("target").asString();
		indicator.put("target", new java.math.BigDecimal(old).add(java.math.BigDecimal.ONE));
		Api.Response refused = planner.put(plan(2032), plan.toString());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("Alasan");
		assertThat(numericIndicator((ObjectNode) planner.get(plan(2032)).json()).get("target").asString())
			.as("nothing stored")
			.isEqualTo(old);

		Api.Response accepted = planner.put(plan(2032) + "?reason=" + encode("Target disesuaikan dengan APBD-P"),
				plan.toString());
		assertThat(accepted.status()).isEqualTo(200);
		JsonNode line = lines(planner, "?kind=PLAN").get(0);
		assertThat(line.get("action").asString()).isEqualTo("PLAN_INDICATOR_CHANGED");
		assertThat(line.get("reason").asString()).isEqualTo("Target disesuaikan dengan APBD-P");

		// withdrawing the signature is a change of a signed plan too
		assertThat(planner.put(signature, "{\"signedOn\":null}").json().get("errors").get(0).get("field").asString())
			.isEqualTo("reason");
		assertThat(planner.put(signature, "{\"signedOn\":null,\"reason\":\"Salah tanggal\"}").status()).isEqualTo(200);
		assertThat(lines(planner, "?kind=PLAN").get(0).get("action").asString()).isEqualTo("PLAN_PK_UNSIGNED");
	}

	@Test
	void aNodeEditedThroughThePageIsJournaledAndAsksForAReasonOnceSigned() {
		newPlan(2034);
		WebSession planner = web();
		planner.login(PLANNER, DemoPassword.VALUE);
		String code = api(PLANNER).get(plan(2034)).json().get("goals").get(0).get("code").asString();
		String form = "/agencies/" + AGENCY + "/plans/2034/nodes/" + code;
		Map<String, String> fields = fields(planner.get(form + "/edit").document().selectFirst("#node-form"));
		fields.put("name", "Tujuan yang disunting lewat halaman");
		assertThat(planner.submit(form, fields).status()).isEqualTo(200);
		JsonNode line = lines(api(PLANNER), "?kind=PLAN").get(0);
		assertThat(line.get("action").asString()).isEqualTo("PLAN_NODE_CHANGED");
		assertThat(line.get("subject").asString()).isEqualTo("PLAN_NODE:2034:" + code);
		assertThat(line.get("after").get("name").asString()).isEqualTo("Tujuan yang disunting lewat halaman");
		assertThat(line.get("before").get("name").asString()).isNotEqualTo("Tujuan yang disunting lewat halaman");

		planner.get("/agencies/" + AGENCY + "/plans/2034/pk");
		planner.submit("/agencies/" + AGENCY + "/plans/2034/pk/signature", Map.of("signedOn", "2026-02-01"));
		Map<String, String> again = fields(planner.get(form + "/edit").document().selectFirst("#node-form"));
		assertThat(again).containsKey("reason");
		again.put("name", "Tujuan tanpa alasan");
		WebSession.Page kept = planner.submit(form, again);
		assertThat(kept.path()).isEqualTo(form);
		assertThat(kept.text("#node-form")).contains("Alasan perubahan wajib diisi");
		assertThat(kept.document().selectFirst("#name").val()).isEqualTo("Tujuan tanpa alasan");
		again.put("reason", "Nomenklatur baru");
		planner.submit(form, again);
		JsonNode reasoned = lines(api(PLANNER), "?kind=PLAN").get(0);
		assertThat(reasoned.get("after").get("name").asString()).isEqualTo("Tujuan tanpa alasan");
		assertThat(reasoned.get("reason").asString()).isEqualTo("Nomenklatur baru");
	}

	@Test
	void aWorkbookUploadIsJournaledAndAsksForAReasonOnceSigned() {
		ObjectNode plan = newPlan(2033);
		WebSession planner = web();
		planner.login(PLANNER, DemoPassword.VALUE);
		byte[] workbook = planner.download("/agencies/" + AGENCY + "/plans/2033/plan.xlsx").body();
		ObjectNode indicator = numericIndicator(plan);
		String old = indicator.get("target").asString();
		indicator.put("target", new java.math.BigDecimal(old).add(java.math.BigDecimal.TEN));
		api(PLANNER).put(plan(2033), plan.toString());
		long newest = newestId(api(PLANNER));

		String upload = "/agencies/" + AGENCY + "/plans/2033/import";
		assertThat(planner
			.submitFile(upload, Map.of("version", shownVersion(planner, upload)), "file", "rencana.xlsx", workbook)
			.path()).isEqualTo("/agencies/" + AGENCY + "/plans/2033");
		List<JsonNode> added = since(lines(api(PLANNER), "?kind=PLAN"), newest);
		assertThat(added).allSatisfy((line) -> assertThat(line.get("user").asString()).isEqualTo(PLANNER));
		assertThat(added).anySatisfy((line) -> {
			assertThat(line.get("subject").asString())
				.isEqualTo("PLAN_INDICATOR:2033:" + indicator.get("code").asString());
			assertThat(line.get("after").get("target").decimalValue()).isEqualByComparingTo(old);
		});

		api(PLANNER).put(plan(2033).replace("/plans/2033", "/plans/2033/pk-signature"),
				"{\"signedOn\":\"2026-01-20\"}");
		plan.put("version", api(PLANNER).get(plan(2033)).json().get("version").asLong());
		assertThat(api(PLANNER).put(plan(2033) + "?reason=uji", plan.toString()).status()).isEqualTo(200);
		WebSession.Page refused = planner.submitFile(upload, Map.of("version", shownVersion(planner, upload)), "file",
				"rencana.xlsx", workbook);
		assertThat(refused.text("#import-form")).contains("Alasan perubahan wajib diisi");
		String version = shownVersion(planner, upload);
		assertThat(planner
			.submitFile(upload, Map.of("reason", "Unggahan ulang dari Bappeda", "version", version), "file",
					"rencana.xlsx", workbook)
			.path()).isEqualTo("/agencies/" + AGENCY + "/plans/2033");
		assertThat(lines(api(PLANNER), "?kind=PLAN").get(0).get("reason").asString())
			.isEqualTo("Unggahan ulang dari Bappeda");
	}

	@Test
	void anSopPublishIsOneLineWithWhatChanged() {
		Api planner = api("pwk-dkupp.perencana");
		String yaml = planner.get("/api/v1/agencies/pwk-dkupp/sop?format=yaml").body();
		int revision = Integer.parseInt(planner.get("/api/v1/agencies/pwk-dkupp/sop").header("X-Ukur-Sop-Revision"));
		assertThat(planner
			.putAs("/api/v1/agencies/pwk-dkupp/sop?basedOn=" + revision + "&note=" + encode("Ejaan diperbaiki"), yaml,
					"application/yaml")
			.status()).isEqualTo(200);
		JsonNode line = lines(planner, "/api/v1/agencies/pwk-dkupp/journal", "?kind=SOP").get(0);
		assertThat(line.get("action").asString()).isEqualTo("SOP_PUBLISHED");
		assertThat(line.get("subject").asString()).isEqualTo("SOP:" + (revision + 1));
		assertThat(line.get("user").asString()).isEqualTo("pwk-dkupp.perencana");
		assertThat(line.get("before").get("revision").asInt()).isEqualTo(revision);
		assertThat(line.get("after").get("revision").asInt()).isEqualTo(revision + 1);
		assertThat(line.get("after").get("note").asString()).isEqualTo("Ejaan diperbaiki");
		assertThat(line.get("after").get("identityChanged").asBoolean()).isFalse();
	}

	@Test
	void aUserRoleChangeAndATokenAreJournaledWithoutSecrets() {
		WebSession admin = web();
		admin.login("lpk.admin", DemoPassword.VALUE);
		admin.get("/admin/users/new?agency=" + AGENCY);
		WebSession.Page created = admin.submitRaw("/admin/users", "username=lpk-disperinaker.jurnal&displayName=Rina"
				+ "&email=&agencyCode=" + AGENCY + "&unitCode=&officialId=&roles=TEAM");
		long id = Long.parseLong(created.path().substring("/admin/users/".length()));
		String temporary = created.text("#temporary-password");
		admin.get("/admin/users/" + id);
		String version = admin.get("/admin/users/" + id).document().selectFirst("input[name=version]").val();
		admin.submitRaw("/admin/users/" + id, "username=lpk-disperinaker.jurnal&displayName=Rina&email=&agencyCode="
				+ AGENCY + "&unitCode=&officialId=&roles=TEAM&roles=SECRETARY&version=" + version);

		Api auditor = api("lpk.inspektorat");
		List<JsonNode> access = lines(auditor, "?kind=ACCESS");
		JsonNode changed = access.get(0);
		assertThat(changed.get("action").asString()).isEqualTo("USER_CHANGED");
		assertThat(changed.get("subject").asString()).isEqualTo("USER:lpk-disperinaker.jurnal");
		assertThat(changed.get("user").asString()).isEqualTo("lpk.admin");
		assertThat(changed.get("before").get("roles").asString()).isEqualTo("TEAM");
		assertThat(changed.get("after").get("roles").asString()).isEqualTo("SECRETARY,TEAM");
		assertThat(access.get(1).get("action").asString()).isEqualTo("USER_CREATED");
		assertThat(access.get(1).toString()).doesNotContain(temporary);

		WebSession planner = web();
		planner.login(PLANNER, DemoPassword.VALUE);
		planner.get("/profile");
		planner.submit("/profile/tokens", Map.of("name", "skrip laporan"));
		JsonNode token = lines(auditor, "?kind=ACCESS&user=" + PLANNER).get(0);
		assertThat(token.get("action").asString()).isEqualTo("TOKEN_CREATED");
		assertThat(token.get("after").get("name").asString()).isEqualTo("skrip laporan");
		assertThat(token.get("after").propertyNames()).containsExactly("name");
		String hashes = this.jdbc.sql("select token_hash from api_token where name = 'skrip laporan'")
			.query(String.class)
			.single();
		assertThat(token.toString()).doesNotContain(hashes);
	}

	@Test
	void onlyTheAgencysManagersAndTheRegionsAdministratorAndAuditorReadIt() {
		assertThat(api(PLANNER).get(JOURNAL).status()).isEqualTo(200);
		assertThat(api("lpk.inspektorat").get(JOURNAL).status()).isEqualTo(200);
		assertThat(api("lpk.admin").get(JOURNAL).status()).isEqualTo(200);
		assertThat(api("pwk-dkupp.perencana").get(JOURNAL).status()).as("another agency").isEqualTo(403);
		assertThat(api("pwk.inspektorat").get(JOURNAL).status()).as("another region").isEqualTo(403);
		assertThat(api("lpk-disperinaker.program.staf").get(JOURNAL).status()).as("a unit's staff").isEqualTo(403);
		assertThat(api("lpk.bappeda").get(JOURNAL).status()).isEqualTo(403);
		assertThat(api("lpk.inspektorat").get("/api/v1/regions/lpk/journal").status()).isEqualTo(200);
		assertThat(api("lpk.admin").get("/api/v1/regions/lpk/journal").status()).isEqualTo(200);
		assertThat(api(PLANNER).get("/api/v1/regions/lpk/journal").status()).isEqualTo(403);
		assertThat(api("pwk.inspektorat").get("/api/v1/regions/lpk/journal").status()).isEqualTo(403);
		WebSession other = web();
		other.login("pwk-dkupp.perencana", DemoPassword.VALUE);
		assertThat(other.get("/agencies/" + AGENCY + "/journal").status()).isEqualTo(403);
	}

	@Test
	void theRegionsJournalHoldsItsOwnLinesAndTheAgencies() {
		WebSession admin = web();
		admin.login("lpk.admin", DemoPassword.VALUE);
		admin.get("/admin/calendar");
		admin.submit("/admin/calendar/holidays", Map.of("date", "2031-03-03", "name", "Libur jurnal"));
		newPlan(2035);
		Api auditor = api("lpk.inspektorat");
		List<JsonNode> region = lines(auditor, "/api/v1/regions/lpk/journal", "?size=1000");
		assertThat(region).anySatisfy((line) -> {
			assertThat(line.get("action").asString()).isEqualTo("HOLIDAY_ADDED");
			assertThat(line.get("agencyId").isNull()).isTrue();
			assertThat(line.get("after").get("name").asString()).isEqualTo("Libur jurnal");
		});
		assertThat(region).anySatisfy((line) -> assertThat(line.get("subject").asString()).isEqualTo("PLAN:2035"));
		assertThat(lines(auditor, "?size=1000"))
			.noneSatisfy((line) -> assertThat(line.get("action").asString()).isEqualTo("HOLIDAY_ADDED"));

		WebSession page = web();
		page.login("lpk.inspektorat", DemoPassword.VALUE);
		WebSession.Page shown = page.get("/regions/lpk/journal?kind=ORGANIZATION");
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.text("#journal-table")).contains("Menambah hari libur")
			.contains("Hari libur Libur jurnal")
			.contains("3 Maret 2031")
			.doesNotContain("HOLIDAY_ADDED");
	}

	@Test
	void filtersAndPagesAreCheckedAndApplied() {
		Api planner = api(PLANNER);
		newPlan(2036);
		assertThat(lines(planner, "?since=2099-01-01")).isEmpty();
		assertThat(lines(planner, "?user=nobody")).isEmpty();
		assertThat(lines(planner, "?size=1")).hasSize(1);
		Api.Response bad = planner.get(JOURNAL + "?kind=WHATEVER&since=kemarin");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("kind", "since");
		WebSession page = web();
		page.login(PLANNER, DemoPassword.VALUE);
		WebSession.Page shown = page.get("/agencies/" + AGENCY + "/journal?kind=PLAN&page=0");
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.text("#journal-table")).contains("Membuat rencana").contains("Rencana 2036");
		WebSession.Page kept = page.get("/agencies/" + AGENCY + "/journal?since=kemarin");
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.text("#journal-filter-problems")).isNotBlank();
	}

	@Test
	void onPostgresRegionLevelLinesCannotBeChangedEither() {
		assumeTrue(TestDatabase.isPostgres(), "the append-only trigger exists on PostgreSQL only");
		WebSession admin = web();
		admin.login("lpk.admin", DemoPassword.VALUE);
		admin.get("/admin/calendar");
		admin.submit("/admin/calendar/holidays", Map.of("date", "2031-04-04", "name", "Libur tetap"));
		assertThatThrownBy(
				() -> this.jdbc.sql("update audit_entry set actor = 'mallory' where agency_id is null").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry where kind = 'PLAN'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	private ObjectNode newPlan(int year) {
		Api planner = api(PLANNER);
		ObjectNode plan = (ObjectNode) planner.get(plan(2026)).json();
		plan.put("year", year);
		plan.remove("version");
		assertThat(planner.put(plan(year), plan.toString()).status()).isEqualTo(200);
		return (ObjectNode) planner.get(plan(year)).json();
	}

	/** The plan version the import page shows: the one the upload replaces. */
	private static String shownVersion(WebSession session, String upload) {
		return session.get(upload).document().selectFirst("#import-form input[name=version]").val();
	}

	private static String plan(int year) {
		return "/api/v1/agencies/" + AGENCY + "/plans/" + year;
	}

	/** The first indicator with a numeric target, anywhere in the tree. */
	private static ObjectNode numericIndicator(JsonNode node) {
		if (node.isObject() && node.has("indicators")) {
			for (JsonNode indicator : node.get("indicators")) {
				if (indicator.has("target") && indicator.get("target").isNumber()) {
					return (ObjectNode) indicator;
				}
			}
		}
		for (JsonNode child : node) {
			if (child.isContainer()) {
				ObjectNode found = numericIndicator(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<JsonNode> lines(Api api, String query) {
		return lines(api, JOURNAL, query);
	}

	private static List<JsonNode> lines(Api api, String path, String query) {
		Api.Response response = api.get(path + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<JsonNode> lines = new ArrayList<>();
		response.json().get("lines").forEach(lines::add);
		return lines;
	}

	private static long newestId(Api api) {
		List<JsonNode> lines = lines(api, "?size=1");
		return lines.isEmpty() ? 0 : lines.get(0).get("id").asLong();
	}

	private static List<JsonNode> since(List<JsonNode> lines, long id) {
		return lines.stream().filter((line) -> line.get("id").asLong() > id).toList();
	}

	/** A form's fields as the browser would send them. */
	private static Map<String, String> fields(Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name]")) {
			if (!input.attr("name").equals("_csrf")) {
				fields.put(input.attr("name"), input.is("textarea") ? input.text() : input.val());
			}
		}
		for (Element select : form.select("select[name]")) {
			Element chosen = select.selectFirst("option[selected]");
			fields.put(select.attr("name"), (chosen != null) ? chosen.val() : "");
		}
		return fields;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
