package id.ukur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.ukur.organization.UserAccounts;
import id.ukur.shared.Numbers;
import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import id.ukur.support.WebSession;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The LKjIP tables over real HTTP (docs/dashboards.md): after sealed TW IV rounds of 2025
 * and 2026, the JSON, the page, the XLSX and the DOCX hold exactly the numbers the recaps
 * stored, 2025 as the previous year; whoever may not read the agency gets 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.demo.history=false", "ukur.security.signin.first-delay=1m" })
class LkjipIT {

	private static final String AGENCY = LkjipRounds.AGENCY;

	private static final String API = "/api/v1/agencies/" + AGENCY + "/lkjip/";

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	private JsonNode recap2025;

	private JsonNode recap2026;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		LkjipDatabase.register(registry);
	}

	@BeforeEach
	void sealRounds() {
		long earlier = LkjipRounds.sealed(2025, this::api);
		long year = LkjipRounds.sealed(2026, this::api);
		this.recap2025 = RoundDriver.ok(api(AGENCY + ".perencana").get("/api/v1/rounds/" + earlier + "/recap"));
		this.recap2026 = RoundDriver.ok(api(AGENCY + ".perencana").get("/api/v1/rounds/" + year + "/recap"));
	}

	@Test
	void theJsonHoldsTheRecapsNumbersAndThePreviousYear() {
		JsonNode lkjip = RoundDriver.ok(api(AGENCY + ".perencana").get(API + "2026"));
		assertThat(lkjip.get("finalPeriod").asString()).isEqualTo("TW4");
		assertThat(lkjip.get("sealed").asBoolean()).isTrue();
		assertThat(lkjip.get("previousYears").get(0).asInt()).isEqualTo(2025);
		Map<String, JsonNode> now = byCode(this.recap2026.get("indicators"), "indicatorCode");
		Map<String, JsonNode> before = byCode(this.recap2025.get("indicators"), "indicatorCode");
		Map<String, JsonNode> nodes = byCode(this.recap2026.get("nodes"), "code");
		int checked = 0;
		for (JsonNode objective : lkjip.get("objectives")) {
			same(objective.get("achievement"), nodes.get(objective.get("code").asString()).get("achievement"));
			for (JsonNode row : objective.get("indicators")) {
				String code = row.get("code").asString();
				JsonNode recap = now.get(code);
				same(row.get("achievement"), recap.get("achievement"));
				assertThat(row.get("actual").asString()).as(code).isEqualTo(usedActual(recap));
				JsonNode past = row.get("previous").get(0);
				assertThat(past.get("source").asString()).isEqualTo("ROUND");
				same(past.get("achievement"), before.get(code).get("achievement"));
				assertThat(past.get("actual").asString()).as(code).isEqualTo(usedActual(before.get(code)));
				checked++;
			}
		}
		assertThat(checked).isEqualTo(9);
		// IKU-01: on target 24 against the end-of-Renstra target 30 → 24 / 30 × 100
		JsonNode iku01 = lkjip.get("objectives").get(0).get("indicators").get(0);
		assertThat(iku01.get("endTarget").asString()).isEqualTo("30");
		assertThat(iku01.get("progress").get("percent").decimalValue()).isEqualByComparingTo("80.00");
		for (JsonNode program : lkjip.get("efficiency")) {
			JsonNode node = nodes.get(program.get("code").asString());
			same(program.get("budget"), node.get("budget"));
			same(program.get("spent"), node.get("spent"));
			same(program.get("absorption"), node.get("absorption"));
			same(program.get("achievement"), node.get("achievement"));
			assertThat(program.get("efficiency").asString()).isEqualTo(node.get("efficiencyCode").asString());
		}
		assertThat(lkjip.get("efficiency")).hasSize(5);
		JsonNode first = RoundDriver.ok(api(AGENCY + ".perencana").get(API + "2025"));
		assertThat(first.get("previousYears")).as("no plan or round before 2025").isEmpty();
	}

	@Test
	void thePageAndTheDownloadsHoldTheSameNumbers() throws Exception {
		JsonNode iku03 = byCode(this.recap2026.get("indicators"), "indicatorCode").get("IKU-03");
		String shown = Numbers.fixed(iku03.get("achievement").decimalValue(), 2, Numbers.INDONESIAN);
		WebSession web = WebSession.on(this.port);
		web.login(AGENCY + ".kepala", DemoPassword.VALUE);
		WebSession.Page page = web.get("/dasbor/" + AGENCY + "/lkjip/2026");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("#lkjip-IKU-03 .year-achievement")).contains(shown);
		assertThat(page.text("#lkjip-source")).contains("disegel");
		assertThat(web.get("/agencies/" + AGENCY).document().select("#agency-lkjip")).hasSize(1);
		byte[] xlsx = api(AGENCY + ".perencana").getBytes(API + "2026.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row row = findRow(book, iku03.get("name").asString());
			// a provisional figure is text with its mark, a final one a number
			org.apache.poi.ss.usermodel.Cell cell = row.getCell(7);
			if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
				assertThat(cell.getNumericCellValue()).isEqualTo(iku03.get("achievement").decimalValue().doubleValue());
			}
			else {
				assertThat(cell.getStringCellValue()).isEqualTo(shown + " *");
			}
		}
		byte[] docx = accept(AGENCY + ".sekretaris",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> cells = rowOf(document, iku03.get("name").asString());
			assertThat(cells.get(7)).startsWith(shown);
			assertThat(document.getParagraphs().stream().map((p) -> p.getText()))
				.anyMatch((text) -> text.startsWith("Tabel 3.1 "));
		}
	}

	@Test
	void onlyTheAgencyAndTheRegionWideRolesOfItsRegionReadTheTables() {
		assertThat(api("lpk.bappeda").get(API + "2026").status()).isEqualTo(200);
		assertThat(api("lpk.inspektorat").get(API + "2026.xlsx").status()).isEqualTo(200);
		assertThat(api(AGENCY + ".kepala").get(API + "2026.docx").status()).isEqualTo(200);
		assertThat(api("pwk-dkupp.perencana").get(API + "2026").status()).isIn(403, 404);
		assertThat(api("pwk.bappeda").get(API + "2026").status()).isIn(403, 404);
		assertThat(api("pwk.bappeda").get(API + "2026.xlsx").status()).isIn(403, 404);
		WebSession other = WebSession.on(this.port);
		other.login("pwk.bappeda", DemoPassword.VALUE);
		assertThat(other.get("/dasbor/" + AGENCY + "/lkjip/2026").status()).isIn(403, 404);
	}

	@Test
	void aBadYearIsAProblemNamingIt() {
		Api.Response words = api(AGENCY + ".perencana").get(API + "tahun-ini");
		assertThat(words.status()).isEqualTo(400);
		assertThat(words.contentType()).startsWith("application/problem+json");
		Api.Response far = api(AGENCY + ".perencana").get(API + "1999");
		assertThat(far.status()).isEqualTo(400);
		assertThat(far.body()).contains("\"year\"").contains("2000");
		assertThat(api(AGENCY + ".perencana").get(API + "2031").status()).as("no plan: empty tables").isEqualTo(200);
	}

	private static void same(JsonNode actual, JsonNode expected) {
		if (expected == null || expected.isNull()) {
			assertThat(actual == null || actual.isNull()).isTrue();
			return;
		}
		assertThat(actual.decimalValue()).isEqualByComparingTo(expected.decimalValue());
	}

	/** The actual the achievement uses, as the recap writes it. */
	private static String usedActual(JsonNode recap) {
		JsonNode toDate = recap.get("actualToDate");
		return (toDate != null && !toDate.isNull()) ? toDate.asString() : recap.get("actual").asString();
	}

	private static Map<String, JsonNode> byCode(JsonNode list, String field) {
		Map<String, JsonNode> map = new HashMap<>();
		list.forEach((n) -> map.put(n.get(field).asString(), n));
		return map;
	}

	private static Row findRow(XSSFWorkbook book, String name) {
		for (Row row : book.getSheetAt(0)) {
			if (row.getCell(1) != null && name.equals(row.getCell(1).toString())) {
				return row;
			}
		}
		throw new AssertionError("no row " + name);
	}

	private static List<String> rowOf(XWPFDocument document, String name) {
		for (var table : document.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				List<String> cells = new ArrayList<>();
				row.getTableCells().forEach((c) -> cells.add(c.getText()));
				if (cells.size() > 1 && cells.get(1).equals(name)) {
					return cells;
				}
			}
		}
		throw new AssertionError("no row " + name);
	}

	/** The tables asked for by {@code Accept}, with the demo password. */
	private byte[] accept(String username, String type) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((username + ":" + DemoPassword.VALUE).getBytes(StandardCharsets.UTF_8));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + API + "2026"))
				.header("Authorization", "Basic " + basic)
				.header("Accept", type)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
		return response.body();
	}

	private Api api(String username) {
		String token = TOKENS.computeIfAbsent(LkjipDatabase.URL + "|" + username,
				(key) -> this.accounts.createToken(this.accounts.byUsername(username).orElseThrow(), "lkjip tests"));
		return Api.withToken(this.port, token);
	}

}
