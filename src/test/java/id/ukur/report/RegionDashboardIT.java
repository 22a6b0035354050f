package id.ukur.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.organization.UserAccounts;
import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import id.ukur.support.TestDatabase;
import id.ukur.support.TestMail;
import id.ukur.support.WebSession;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The region dashboard on a database of its own, over real HTTP: Purwakarta's two
 * agencies with rounds of two periods of 2025 — Dinas Kesehatan (the Lima Puluh Kota SOP)
 * sealed, sent and acknowledged in S1 and calculated but open in S2; DKUPP at its fourth
 * step in S1 with one unit submitted, nothing ordered in S2. The dashboard shows exactly
 * what the recaps stored and where each round stands, to the region's users only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "ukur.demo.enabled=true",
		"ukur.demo.history=false", "ukur.security.signin.first-delay=1m", "ukur.reminders.enabled=false" })
class RegionDashboardIT {

	private static final String DATABASE = TestDatabase.fresh("region-dashboard");

	private static final String API = "/api/v1/regions/pwk/dashboard?year=2025&period=";

	/** The rounds made once for the class: S1 and S2 of each agency (0: none). */
	private static final Map<String, Long> ROUNDS = new HashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	private final Map<String, Api> tokens = new HashMap<>();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
		registry.add("spring.mail.host", TestMail::host);
		registry.add("spring.mail.port", TestMail::port);
	}

	@BeforeEach
	void rounds() {
		if (!ROUNDS.isEmpty()) {
			return;
		}
		assertThat(api("pwk-dinkes.perencana")
			.post("/api/v1/agencies/pwk-dinkes/sop/start", "{\"template\":\"lpk-disperinaker\"}")
			.status()).isEqualTo(201);
		RoundDriver dinkes = new RoundDriver("pwk-dinkes", this::api);
		dinkes.sealedLimaPuluhKota(2025, "S1", RoundDriver::onTarget);
		RoundDriver.ok(dinkes.region("pwk.bappeda").post(dinkes.path("/acknowledge"), "{}"));
		ROUNDS.put("pwk-dinkes/S1", dinkes.id());
		dinkes.order("kepala", 2025, "S2", null);
		dinkes.completeStep("sekretaris", 2, "Notulen rapat arahan");
		dinkes.completeStep("tim", 3, "Rencana kegiatan pengukuran");
		dinkes.completeStep("tim", 4, "Metodologi pengukuran capaian");
		dinkes.fillAndSubmitAll(RoundDriver::halfTarget);
		dinkes.acceptAll("tim");
		dinkes.post("tim", "/calculate", null);
		ROUNDS.put("pwk-dinkes/S2", dinkes.id());
		RoundDriver dkupp = new RoundDriver("pwk-dkupp", this::api);
		dkupp.order("kepala", 2025, "S1", null);
		dkupp.post("sekretaris", "/forms/prepare", null);
		dkupp.post("sekretaris", "/forms/distribute", null);
		dkupp.fillUnit("KOPERASI", RoundDriver::onTarget);
		dkupp.submit("KOPERASI");
		ROUNDS.put("pwk-dkupp/S1", dkupp.id());
		ROUNDS.put("pwk-dkupp/S2", 0L);
	}

	@Test
	void showsWhereEachRoundStandsAndExactlyTheStoredAchievements() {
		for (String period : List.of("S1", "S2")) {
			JsonNode dashboard = RoundDriver.ok(api("pwk.bappeda").get(API + period));
			assertThat(dashboard.get("period").get("code").asString()).isEqualTo(period);
			List<String> agencies = new ArrayList<>();
			dashboard.get("agencies").forEach((a) -> agencies.add(a.get("agencyCode").asString()));
			assertThat(agencies).containsExactlyInAnyOrder("pwk-dinkes", "pwk-dkupp");
			for (JsonNode agency : dashboard.get("agencies")) {
				String code = agency.get("agencyCode").asString();
				JsonNode cell = cell(agency, period);
				long round = ROUNDS.get(code + "/" + period);
				if (round == 0) {
					assertThat(cell.get("stage").isNull()).isTrue();
					assertThat(cell.get("roundId").isNull()).isTrue();
					continue;
				}
				assertThat(cell.get("roundId").asLong()).isEqualTo(round);
				sameAsTheRound(cell, code, round);
				sameAsTheRecap(dashboard, agency, cell, code, round);
			}
		}
		JsonNode s1 = RoundDriver.ok(api("pwk.bappeda").get(API + "S1"));
		assertThat(cell(agency(s1, "pwk-dinkes"), "S1").get("stage").asString()).isEqualTo("ACKNOWLEDGED");
		JsonNode dkupp = cell(agency(s1, "pwk-dkupp"), "S1");
		assertThat(dkupp.get("stage").asString()).isEqualTo("AT_STEP");
		assertThat(dkupp.get("stepNumber").asInt()).isEqualTo(4);
		assertThat(dkupp.get("submitted").asInt()).isEqualTo(1);
		assertThat(dkupp.get("units").asInt()).isGreaterThan(1);
		assertThat(dkupp.get("achievement").isNull()).isTrue();
		// who has not reported: DKUPP's units but Koperasi in S1, DKUPP itself in S2
		JsonNode missing = s1.get("missing");
		assertThat(missing).hasSize(1);
		assertThat(missing.get(0).get("agencyCode").asString()).isEqualTo("pwk-dkupp");
		assertThat(missing.get(0).get("units").toString()).doesNotContain("Koperasi").contains("Perdagangan");
		JsonNode s2 = RoundDriver.ok(api("pwk.bappeda").get(API + "S2"));
		assertThat(s2.get("missing")).hasSize(1);
		assertThat(s2.get("missing").get(0).get("roundId").isNull()).isTrue();
		assertThat(cell(agency(s2, "pwk-dinkes"), "S2").get("stepNumber").asInt()).isEqualTo(6);
		// ranked: the only agency with an achievement first, the other without a rank
		assertThat(s2.get("byAchievement").get(0).get("agencyCode").asString()).isEqualTo("pwk-dinkes");
		assertThat(s2.get("byAchievement").get(0).get("rank").asInt()).isEqualTo(1);
		assertThat(s2.get("byAchievement").get(1).get("rank").isNull()).isTrue();
	}

	/**
	 * The current step of an open round is the round's own, as its API shows it; a sealed
	 * round shows where it went (sealed, sent, acknowledged), not its archive steps.
	 */
	private void sameAsTheRound(JsonNode cell, String agency, long round) {
		JsonNode view = RoundDriver.ok(api(agency + ".perencana").get("/api/v1/rounds/" + round));
		JsonNode step = view.get("currentStep");
		if (!view.get("status").asString().equals("OPEN")) {
			assertThat(cell.get("stage").asString()).isIn("SEALED", "SENT", "ACKNOWLEDGED");
			assertThat(cell.get("stepNumber").isNull()).isTrue();
			return;
		}
		if (step == null || step.isNull()) {
			assertThat(cell.get("stepNumber").isNull()).isTrue();
			return;
		}
		assertThat(cell.get("stepNumber").asInt()).isEqualTo(step.get("number").asInt());
		assertThat(cell.get("stepActivity").asString()).isEqualTo(step.get("activity").asString());
		List<String> lanes = new ArrayList<>();
		step.get("lanes").forEach((l) -> lanes.add(l.get("name").asString()));
		assertThat(cell.get("lanes").asString()).isEqualTo(String.join(", ", lanes));
		assertThat(cell.get("stepLate").asBoolean()).isEqualTo(step.get("late").asBoolean());
	}

	/** Achievement, rating and the indicators per rating are those the recap stored. */
	private void sameAsTheRecap(JsonNode dashboard, JsonNode agency, JsonNode cell, String code, long round) {
		JsonNode view = RoundDriver.ok(api(code + ".perencana").get("/api/v1/rounds/" + round));
		if (view.get("calculatedAt").isNull()) {
			assertThat(cell.get("achievement").isNull()).isTrue();
			return;
		}
		JsonNode recap = RoundDriver.ok(api(code + ".perencana").get("/api/v1/rounds/" + round + "/recap"));
		BigDecimal stored = recap.get("agency").get("achievement").decimalValue().setScale(2, RoundingMode.HALF_UP);
		assertThat(cell.get("achievement").decimalValue()).isEqualByComparingTo(stored);
		assertThat(cell.get("rating").asString()).isEqualTo(recap.get("agency").get("rating").asString());
		assertThat(cell.get("ratingLabel").asString()).isEqualTo(recap.get("agency").get("ratingLabel").asString());
		Map<String, Integer> counted = new HashMap<>();
		recap.get("indicators").forEach((i) -> counted.merge(rating(i.get("rating")), 1, Integer::sum));
		int atRisk = 0;
		for (JsonNode indicator : recap.get("indicators")) {
			JsonNode projection = indicator.get("projection");
			atRisk += (projection != null && !projection.isNull() && projection.get("atRisk").asBoolean()) ? 1 : 0;
		}
		assertThat(cell.get("atRisk").asInt()).as("indicators at risk").isEqualTo(atRisk);
		JsonNode bands = dashboard.get("bands");
		for (JsonNode row : dashboard.get("distribution")) {
			if (!row.get("agencyCode").asString().equals(code)) {
				continue;
			}
			Map<String, Integer> shown = new HashMap<>();
			for (int i = 0; i < bands.size(); i++) {
				int count = row.get("counts").get(i).asInt();
				if (count > 0) {
					shown.put(rating(bands.get(i).get("code")), count);
				}
			}
			assertThat(shown).isEqualTo(counted);
			assertThat(row.get("total").asInt()).isEqualTo(recap.get("indicators").size());
		}
	}

	@Test
	void onlyTheRegionsOwnRegionWideUsersSeeIt() {
		assertThat(api("pwk.inspektorat").get(API + "S1").status()).isEqualTo(200);
		assertThat(api("pwk.admin").get(API + "S1").status()).isEqualTo(200);
		Api.Response agencyUser = api("pwk-dinkes.kepala").get(API + "S1");
		assertThat(agencyUser.status()).isEqualTo(403);
		assertThat(agencyUser.header("Content-Type")).contains("problem+json");
		assertThat(api("lpk-disperinaker.perencana").get(API + "S1").status()).isIn(403, 404);
		assertThat(api("lpk.bappeda").get(API + "S1").status()).isEqualTo(404);
		JsonNode lpk = RoundDriver.ok(api("lpk.bappeda").get("/api/v1/regions/lpk/dashboard?year=2025&period=S1"));
		lpk.get("agencies").forEach((a) -> assertThat(a.get("agencyCode").asString()).startsWith("lpk-"));

		WebSession head = WebSession.on(this.port);
		head.login("pwk-dinkes.kepala", DemoPassword.VALUE);
		assertThat(head.get("/dasbor/wilayah?year=2025&period=S1").status()).isEqualTo(403);
		assertThat(head.download("/dasbor/wilayah.xlsx?year=2025&period=S1").status()).isEqualTo(403);
		WebSession lpkAuditor = WebSession.on(this.port);
		lpkAuditor.login("lpk.inspektorat", DemoPassword.VALUE);
		WebSession.Page other = lpkAuditor.get("/dasbor/wilayah?year=2025&period=S1");
		assertThat(other.status()).isEqualTo(200);
		assertThat(other.document().text()).doesNotContain("Purwakarta");
	}

	@Test
	void aBadYearOrPeriodIsNamed() {
		Api.Response year = api("pwk.bappeda").get("/api/v1/regions/pwk/dashboard?year=20x5&period=S1");
		assertThat(year.status()).isEqualTo(400);
		assertThat(year.body()).contains("\"field\":\"year\"");
		Api.Response period = api("pwk.bappeda").get("/api/v1/regions/pwk/dashboard?year=2025&period=TW9");
		assertThat(period.status()).isEqualTo(400);
		assertThat(period.body()).contains("\"field\":\"period\"");
		WebSession bappeda = WebSession.on(this.port);
		bappeda.login("pwk.bappeda", DemoPassword.VALUE);
		WebSession.Page page = bappeda.get("/dasbor/wilayah?year=1800");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.document().text()).contains("Tahun harus berupa angka");
	}

	@Test
	void thePageAndTheWorkbookHoldTheSameNumbers() throws Exception {
		JsonNode s1 = RoundDriver.ok(api("pwk.bappeda").get(API + "S1"));
		BigDecimal achievement = cell(agency(s1, "pwk-dinkes"), "S1").get("achievement").decimalValue();
		String label = cell(agency(s1, "pwk-dinkes"), "S1").get("ratingLabel").asString();
		WebSession auditor = WebSession.on(this.port);
		auditor.login("pwk.inspektorat", DemoPassword.VALUE);
		WebSession.Page page = auditor.get("/dasbor/wilayah?year=2025&period=S1");
		assertThat(page.status()).isEqualTo(200);
		String dinkes = page.text("#cell-pwk-dinkes-S1");
		assertThat(dinkes).contains("Diterima Bappeda").contains(indonesian(achievement)).contains(label);
		assertThat(page.text("#cell-pwk-dkupp-S1")).contains("Langkah 4").contains("1 dari");
		assertThat(page.text("#cell-pwk-dkupp-S2")).contains("Belum diperintahkan");
		assertThat(page.document().select("a.agency-dashboard").attr("href")).startsWith("/dasbor/pwk-");
		assertThat(page.document().select("table.chart-data caption")).hasSize(3);

		WebSession.Download file = auditor.download("/dasbor/wilayah.xlsx?year=2025&period=S1");
		assertThat(file.status()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			Sheet grid = book.getSheetAt(0);
			Row header = grid.getRow(0);
			int s1Column = -1;
			for (int c = 0; c < header.getLastCellNum(); c++) {
				if (header.getCell(c).getStringCellValue().startsWith("Semester I –")) {
					s1Column = c;
					break;
				}
			}
			Row row = find(grid, "Dinas Kesehatan Kabupaten Purwakarta");
			assertThat(row.getCell(s1Column).getStringCellValue()).isEqualTo("Diterima Bappeda");
			assertThat(BigDecimal.valueOf(row.getCell(s1Column + 1).getNumericCellValue()))
				.isEqualByComparingTo(achievement);
			assertThat(row.getCell(s1Column + 1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(row.getCell(s1Column + 2).getStringCellValue()).isEqualTo(label);
			Row ranking = find(book.getSheetAt(1), "Dinas Kesehatan Kabupaten Purwakarta");
			assertThat(ranking.getCell(0).getNumericCellValue()).isEqualTo(1.0);
			assertThat(BigDecimal.valueOf(ranking.getCell(2).getNumericCellValue())).isEqualByComparingTo(achievement);
			Row distribution = find(book.getSheetAt(2), "Dinas Kesehatan Kabupaten Purwakarta");
			int total = (int) distribution.getCell(distribution.getLastCellNum() - 1).getNumericCellValue();
			assertThat(total).isEqualTo(recapIndicators("pwk-dinkes", ROUNDS.get("pwk-dinkes/S1")));
		}
	}

	private int recapIndicators(String agency, long round) {
		return RoundDriver.ok(api(agency + ".perencana").get("/api/v1/rounds/" + round + "/recap"))
			.get("indicators")
			.size();
	}

	private static Row find(Sheet sheet, String first) {
		for (Row row : sheet) {
			for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
				if (row.getCell(c) != null && first.equals(row.getCell(c).toString())) {
					return row;
				}
			}
		}
		throw new AssertionError(first + " not in sheet " + sheet.getSheetName());
	}

	private static String indonesian(BigDecimal value) {
		return String.format(java.util.Locale.forLanguageTag("id-ID"), "%,.2f", value);
	}

	private static String rating(JsonNode code) {
		return (code == null || code.isNull()) ? "" : code.asString();
	}

	private static JsonNode agency(JsonNode dashboard, String code) {
		for (JsonNode agency : dashboard.get("agencies")) {
			if (agency.get("agencyCode").asString().equals(code)) {
				return agency;
			}
		}
		throw new AssertionError(code + " not on the dashboard");
	}

	private static JsonNode cell(JsonNode agency, String period) {
		for (JsonNode cell : agency.get("cells")) {
			if (cell.get("period").asString().equals(period)) {
				return cell;
			}
		}
		throw new AssertionError(period + " not a column");
	}

	private Api api(String username) {
		return this.tokens.computeIfAbsent(username, (name) -> Api.withToken(this.port,
				this.accounts.createToken(this.accounts.byUsername(name).orElseThrow(), "region dashboard test")));
	}

}
