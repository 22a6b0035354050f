package id.ukur.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import id.ukur.support.WebSession;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every number is bounded at the edge and no JSON scalar changes its kind
 * (docs/security.md, "Numbers"): through the real HTTP stack, in the API, a form, a plan
 * workbook and an SOP definition. Owns the round of lmg-disnaker S1 (2026).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NumberBoundsIT extends IntegrationTest {

	private static final String AGENCY = "lmg-disnaker";

	private static final String PLAN = "/api/v1/agencies/" + AGENCY + "/plans/2026";

	private static final long QUICKLY = 2_000;

	private RoundDriver round;

	private JsonNode entry;

	@BeforeAll
	void orderARound() {
		this.round = rounds(AGENCY);
		this.round.order("sekretaris", "S1", null);
		this.round.completeStep("tim", 2, "Arahan Sekretaris Tim kepada anggota");
		this.entry = this.round.entries()
			.stream()
			.filter((one) -> !one.get("valueType").asString().equals("QUALITATIVE"))
			.findFirst()
			.orElseThrow();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					huge actual      | {"polarity":"HIGHER_IS_BETTER","target":10,"actual":1e999999}                   | actual            | bounds
					tiny actual      | {"polarity":"HIGHER_IS_BETTER","target":10,"actual":1e-999999999}               | actual            | bounds
					huge target      | {"polarity":"HIGHER_IS_BETTER","target":1e200000,"actual":1}                    | target            | bounds
					19 digits        | {"polarity":"HIGHER_IS_BETTER","target":1000000000000000000,"actual":1}         | target            | bounds
					11 decimals      | {"polarity":"HIGHER_IS_BETTER","target":10,"actual":0.12345678901}              | actual            | bounds
					range            | {"polarity":"HIGHER_IS_BETTER","targetMin":1e999999,"targetMax":2,"actual":1}   | targetMin         | bounds
					a batch          | {"cases":[{"polarity":"HIGHER_IS_BETTER","target":1,"actual":1},{"polarity":"HIGHER_IS_BETTER","target":1,"actual":1e999999}]} | cases[1].actual | bounds
					a period         | {"polarity":"HIGHER_IS_BETTER","aggregation":"CUMULATIVE","periods":[{"target":1,"actual":1e-999999999}]} | periods[0].actual | bounds
					a boolean target | {"polarity":"HIGHER_IS_BETTER","target":true,"actual":1}                        | target            | type
					a number choice  | {"polarity":1,"target":1,"actual":1}                                            | polarity          | type
					a text range     | {"polarity":"HIGHER_IS_BETTER","targetMin":"1","targetMax":2,"actual":1}        | targetMin         | type
					""")
	void theCalculatorRefusesNamingTheFieldAtOnce(String name, String body, String field, String kind) {
		long start = System.currentTimeMillis();
		Api.Response response = tokenApi(AGENCY + ".perencana").post("/api/v1/achievement", body);
		assertThat(System.currentTimeMillis() - start).as("refused at once").isLessThan(QUICKLY);
		refused(response, field, kind);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			tiny exact number | 1e-999999999                  | actual
			huge exact number | 1e999999                      | actual
			huge typed number | "1.000.000.000.000.000.000"   | actual
			""")
	void anEntrySaveRefusesNumbersOutOfBoundsAtOnce(String name, String actual, String field) {
		String path = this.round.path("/entries/" + this.entry.get("indicatorCode").asString());
		long start = System.currentTimeMillis();
		Api.Response response = staff().put(path,
				"{\"actual\": " + actual + ", \"version\": " + this.entry.get("version").asLong() + "}");
		assertThat(System.currentTimeMillis() - start).as("refused at once").isLessThan(QUICKLY);
		refused(response, field, "bounds");
		String code = this.entry.get("indicatorCode").asString();
		assertThat(this.round.entries()
			.stream()
			.filter((one) -> one.get("indicatorCode").asString().equals(code))
			.findFirst()
			.orElseThrow()
			.get("version")
			.asLong()).as("nothing saved").isEqualTo(this.entry.get("version").asLong());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			boolean as note      | {"actual": 5, "note": true, "version": VERSION}  | note
			number as note       | {"actual": 5, "note": 12, "version": VERSION}    | note
			text as version      | {"actual": 5, "version": "VERSION"}              | version
			fraction as version  | {"actual": 5, "version": 1.5}                    | version
			""")
	void anEntrySaveTakesNoScalarOfAnotherKind(String name, String body, String field) {
		String path = this.round.path("/entries/" + this.entry.get("indicatorCode").asString());
		Api.Response response = staff().put(path, body.replace("VERSION", this.entry.get("version").asString()));
		refused(response, field, "type");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			boolean as reason | /cancel | {"reason": true}           | reason
			number as reason  | /cancel | {"reason": 42}             | reason
			boolean as note   | /steps/3/complete | {"note": false}  | note
			""")
	void roundActionsTakeNoScalarOfAnotherKind(String name, String action, String body, String field) {
		refused(this.round.as("kepala").post(this.round.path(action), body), field, "type");
		assertThat(this.round.round().get("status").asString()).isNotEqualTo("CANCELLED");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			year as text         | "year": "2026", "period": "S2"  | year
			year as fraction     | "year": 2026.5, "period": "S2"  | year
			year beyond int      | "year": 99999999999, "period": "S2" | year
			period as boolean    | "year": 2026, "period": true    | period
			""")
	void anOrderTakesNoScalarOfAnotherKind(String name, String fields, String field) {
		Api.Response response = this.round.as("sekretaris")
			.post("/api/v1/agencies/" + AGENCY + "/rounds", "{" + fields + ", \"orderReference\": \"800/S2\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	@Test
	void aPlanPutRefusesNumbersOutOfBoundsAndOverLongTextsNamingTheField() {
		Api planner = tokenApi(AGENCY + ".perencana");
		String before = planner.get(PLAN).body();
		ObjectNode indicator = numericIndicator(planner.get(PLAN).json());
		String code = indicator.get("code").asString();

		String huge = before.replaceFirst("(\"code\":\"" + code + "\"[^{}]*?\"target\":)[-0-9.Ee+]+", "$11e999999");
		assertThat(huge).isNotEqualTo(before);
		long start = System.currentTimeMillis();
		Api.Response response = planner.put(PLAN, huge);
		assertThat(System.currentTimeMillis() - start).as("refused at once").isLessThan(QUICKLY);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).endsWith("target");

		ObjectNode plan = (ObjectNode) planner.get(PLAN).json();
		ObjectNode changed = numericIndicator(plan);
		changed.put("definition", "d".repeat(2001));
		changed.put("weight", new java.math.BigDecimal("123456789"));
		Api.Response tooLong = planner.put(PLAN, plan.toString());
		assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
		assertThat(tooLong.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.anyMatch((field) -> field.endsWith(".definition"))
			.anyMatch((field) -> field.endsWith(".weight"));
		assertThat(planner.get(PLAN).body()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			json huge       | application/json | 1e999999
			json tiny       | application/json | 1e-999999999
			json too long   | application/json | 100001
			json 3 decimals | application/json | 0.125
			yaml huge       | application/yaml | 1e999999
			yaml too long   | application/yaml | 250000
			""")
	void anSopDefinitionRefusesTimesOutOfBounds(String name, String type, String amount) {
		Api planner = tokenApi(AGENCY + ".perencana");
		String format = type.endsWith("yaml") ? "?format=yaml" : "";
		Api.Response current = planner.get("/api/v1/agencies/" + AGENCY + "/sop" + format);
		String revision = current.header("X-Ukur-Sop-Revision");
		String pattern = type.endsWith("yaml") ? "(amount: *)[0-9.]+" : "(\"amount\": *)[0-9.]+";
		String broken = current.body().replaceFirst(pattern, "$1" + amount);
		assertThat(broken).isNotEqualTo(current.body());
		long start = System.currentTimeMillis();
		Api.Response response = planner.putAs("/api/v1/agencies/" + AGENCY + "/sop", broken, type);
		assertThat(System.currentTimeMillis() - start).as("refused at once").isLessThan(QUICKLY);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().has("errors")).as(response.body()).isTrue();
		assertThat(response.json().get("errors").get(0).get("field").asString()).endsWith(".amount");
		assertThat(planner.get("/api/v1/agencies/" + AGENCY + "/sop").header("X-Ukur-Sop-Revision"))
			.isEqualTo(revision);
	}

	@Test
	void theIndicatorFormKeepsTheFormAndNamesTheField() {
		String code = numericIndicator(tokenApi(AGENCY + ".perencana").get(PLAN).json()).get("code").asString();
		WebSession planner = web();
		planner.login(AGENCY + ".perencana", DemoPassword.VALUE);
		String form = "/agencies/" + AGENCY + "/plans/2026/indicators/" + code;
		Map<String, String> fields = fields(planner.get(form + "/edit").document().selectFirst("#indicator-form"));
		String weight = fields.get("weight");
		fields.put("weight", "1.000.000.000.000.000.000");
		WebSession.Page kept = planner.submit(form, fields);
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.text("#indicator-form")).contains("Angka di luar batas: paling banyak 18 angka sebelum koma");
		assertThat(kept.document().selectFirst("[name=weight]").val()).isEqualTo("1.000.000.000.000.000.000");

		// within the bounds of every number, beyond the weight's column: numeric(12, 4)
		fields.put("weight", "123.456.789");
		kept = planner.submit(form, fields);
		assertThat(kept.text("#indicator-form")).contains("Angka di luar batas: paling banyak 8 angka sebelum koma");

		fields.put("weight", weight);
		fields.put("definition", "d".repeat(2001));
		kept = planner.submit(form, fields);
		assertThat(kept.text("#indicator-form")).contains("Paling banyak 2.000 karakter");
		assertThat(kept.document().selectFirst("[name=definition]").text()).hasSize(2001);
	}

	@Test
	void aWorkbookNamesTheCellOutOfBounds() throws IOException {
		WebSession planner = web();
		planner.login(AGENCY + ".perencana", DemoPassword.VALUE);
		String before = tokenApi(AGENCY + ".perencana").get(PLAN).body();
		byte[] workbook = planner.download("/agencies/" + AGENCY + "/plans/2026/plan.xlsx").body();
		byte[] broken = withHugeNumber(workbook);
		String upload = "/agencies/" + AGENCY + "/plans/2026/import";
		planner.get(upload);
		long start = System.currentTimeMillis();
		WebSession.Page refused = planner.submitFile(upload, Map.of(), "file", "rencana.xlsx", broken);
		assertThat(System.currentTimeMillis() - start).as("refused at once").isLessThan(QUICKLY * 5);
		assertThat(refused.document().text()).contains("di luar batas angka");
		assertThat(tokenApi(AGENCY + ".perencana").get(PLAN).body()).isEqualTo(before);
	}

	/** The first numeric cell below the header becomes 1e300. */
	private static byte[] withHugeNumber(byte[] workbook) throws IOException {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (row.getRowNum() > 0 && cell.getCellType() == CellType.NUMERIC) {
						cell.setCellValue(1e300);
						ByteArrayOutputStream out = new ByteArrayOutputStream();
						book.write(out);
						return out.toByteArray();
					}
				}
			}
		}
		throw new AssertionError("no numeric cell in the plan workbook");
	}

	private Api staff() {
		return tokenApi(
				AGENCY + "." + this.entry.get("unitCode").asString().toLowerCase(java.util.Locale.ROOT) + ".staf");
	}

	private void refused(Api.Response response, String field, String kind) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).as(response.body())
			.contains(kind.equals("bounds") ? "di luar batas" : "tidak sesuai jenisnya");
		assertThat(response.body()).doesNotContain("java.", "tools.jackson");
	}

	private static ObjectNode numericIndicator(JsonNode node) {
		if (node.isObject() && node.has("target") && node.get("target").isNumber() && node.has("polarity")) {
			return (ObjectNode) node;
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

	private static Map<String, String> fields(Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name]")) {
			if (!input.attr("name").equals("_csrf")
					&& !(input.attr("type").equals("checkbox") && !input.hasAttr("checked"))) {
				fields.put(input.attr("name"), input.is("textarea") ? input.text() : input.val());
			}
		}
		for (Element select : form.select("select[name]")) {
			Element chosen = select.selectFirst("option[selected]");
			fields.put(select.attr("name"), (chosen != null) ? chosen.val() : "");
		}
		return fields;
	}

}
