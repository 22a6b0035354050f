package id.ukur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ukur.organization.UserAccounts;
import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import id.ukur.support.WebSession;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The agency dashboard over real HTTP (docs/dashboards.md, "Agency dashboard"): after
 * sealed rounds of two periods and a previous year it shows exactly the achievements the
 * recaps stored, and only to those who may read the agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.demo.history=false", "ukur.security.signin.first-delay=1m" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyDashboardIT {

	private static final String API = "/api/v1/agencies/" + DashboardDatabase.AGENCY + "/dashboard";

	@LocalServerPort
	private int port;

	@Autowired
	private UserAccounts accounts;

	private final Map<String, Api> users = new HashMap<>();

	private long[] rounds;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DashboardDatabase.register(registry, "agency-dashboard");
	}

	private Api api(String username) {
		return this.users.computeIfAbsent(username, (u) -> DashboardDatabase.tokenApi(this.port, this.accounts, u));
	}

	@BeforeAll
	void sealRounds() {
		this.rounds = DashboardDatabase.seal(new RoundDriver(DashboardDatabase.AGENCY, this::api), 2025, 2026);
	}

	private JsonNode recap(long round) {
		return RoundDriver.ok(api("lpk-disperinaker.kepala").get("/api/v1/rounds/" + round + "/recap"));
	}

	@Test
	void theYearShowsExactlyWhatTheRecapsStored() {
		JsonNode d = RoundDriver.ok(api("lpk-disperinaker.kepala").get(API + "?year=2026"));
		List<Long> columns = new ArrayList<>();
		d.get("columns").forEach((c) -> columns.add(c.get("roundId").asLong()));
		assertThat(columns).containsExactly(this.rounds[1], this.rounds[2]);
		assertThat(d.get("columns").get(0).get("period").asString()).isEqualTo("TW1");
		assertThat(d.get("columns").get(1).get("sealed").asBoolean()).isTrue();
		for (int i = 0; i < columns.size(); i++) {
			JsonNode recap = recap(columns.get(i));
			sameFigure(d.get("total").get("cells").get(i), recap.get("agency"));
			for (JsonNode objective : d.get("objectives")) {
				sameFigure(objective.get("cells").get(i), node(recap, objective.get("code").asString()));
			}
			assertThat(d.get("keyIndicators")).isNotEmpty();
			for (JsonNode indicator : d.get("keyIndicators")) {
				sameFigure(indicator.get("cells").get(i), indicator(recap, indicator.get("code").asString()));
			}
		}
		assertThat(d.get("objectives")).isNotEmpty();
		assertThat(d.get("years").toString()).contains("2025", "2026");
	}

	@Test
	void theTrendTakesEachYearByItsLatestPeriod() {
		JsonNode d = RoundDriver.ok(api("lpk-disperinaker.kepala").get(API + "?year=2026"));
		JsonNode trend = d.get("trend");
		assertThat(trend.get("columns").get(0).get("roundId").asLong()).isEqualTo(this.rounds[0]);
		assertThat(trend.get("columns").get(1).get("roundId").asLong()).isEqualTo(this.rounds[2]);
		JsonNode agency = trend.get("rows").get(0);
		sameFigure(agency.get("cells").get(0), recap(this.rounds[0]).get("agency"));
		sameFigure(agency.get("cells").get(1), recap(this.rounds[2]).get("agency"));
		JsonNode previous = RoundDriver.ok(api("lpk-disperinaker.kepala").get(API + "?year=2025"));
		assertThat(previous.get("columns")).hasSize(1);
		sameFigure(previous.get("total").get("cells").get(0), recap(this.rounds[0]).get("agency"));
	}

	@Test
	void unitsPlansAndProgramsComeFromTheRounds() {
		JsonNode d = RoundDriver.ok(api("lpk-disperinaker.kepala").get(API + "?year=2026"));
		assertThat(d.get("formPeriods").toString()).isEqualTo("[\"TW1\",\"TW2\"]");
		assertThat(d.get("units")).isNotEmpty();
		for (JsonNode unit : d.get("units")) {
			assertThat(unit.get("onTime").asInt()).as(unit.toString()).isEqualTo(2);
			assertThat(unit.get("late").asInt() + unit.get("missing").asInt()).isZero();
		}
		assertThat(d.get("plans")).hasSize(1);
		JsonNode plan = d.get("plans").get(0);
		assertThat(plan.get("dueDate").asString()).isEqualTo("2026-08-31");
		assertThat(plan.get("overdue").asBoolean())
			.isEqualTo(java.time.LocalDate.now().isAfter(java.time.LocalDate.of(2026, 8, 31)));
		JsonNode latest = recap(this.rounds[2]);
		assertThat(d.get("programs")).isNotEmpty();
		for (JsonNode program : d.get("programs")) {
			JsonNode node = node(latest, program.get("code").asString());
			assertThat(program.get("achievement").decimalValue())
				.isEqualByComparingTo(node.get("achievement").decimalValue());
			assertThat(program.get("efficiency").asString()).isEqualTo(node.get("efficiencyCode").asString());
		}
		assertThat(d.get("compliance")).isNotEmpty();
	}

	@Test
	void anIndicatorsHistoryHoldsEveryPeriodWithItsFactors() {
		JsonNode d = RoundDriver.ok(api("lpk-disperinaker.kepala").get(API + "?year=2026"));
		String code = d.get("keyIndicators").get(0).get("code").asString();
		JsonNode h = RoundDriver.ok(api("lpk.inspektorat").get(API + "/indicators/" + code));
		assertThat(h.get("rows")).hasSize(3);
		for (int i = 0; i < 3; i++) {
			JsonNode row = h.get("rows").get(i);
			assertThat(row.get("roundId").asLong()).isEqualTo(this.rounds[i]);
			sameFigure(row, indicator(recap(this.rounds[i]), code));
			assertThat(row.get("enabling").asString()).isEqualTo("Dukungan anggaran");
			assertThat(row.get("unitName").asString()).isNotBlank();
		}
		assertThat(api("lpk.bappeda").get(API + "/indicators/NO-SUCH").status()).isEqualTo(404);
	}

	@Test
	void onlyTheAgencyAndItsRegionReadIt() {
		assertThat(api("lpk.bappeda").get(API).status()).isEqualTo(200);
		assertThat(api("lpk.inspektorat").get(API).status()).isEqualTo(200);
		// as every other endpoint of an agency: 403 for an agency the caller may not read
		assertThat(api("pwk-dkupp.kepala").get(API).status()).isEqualTo(403);
		assertThat(api("pwk.bappeda").get(API).status()).isEqualTo(403);
		assertThat(api("pwk.inspektorat").get(API + "/indicators/X").status()).isEqualTo(403);
		assertThat(api("lpk-disperinaker.kepala").get("/api/v1/agencies/no-such/dashboard").status()).isEqualTo(404);
		WebSession other = WebSession.on(this.port);
		other.login("pwk-dkupp.kepala", DemoPassword.VALUE);
		assertThat(other.get("/dasbor/" + DashboardDatabase.AGENCY).status()).isEqualTo(403);
		assertThat(other.get("/dasbor/" + DashboardDatabase.AGENCY + "/indikator/IKU-01").status()).isEqualTo(403);
		assertThat(other.download("/dasbor/" + DashboardDatabase.AGENCY + ".pdf").status()).isEqualTo(403);
	}

	@Test
	void aBadYearIsAProblemNamingTheField() {
		for (String year : List.of("abc", "1999", "20261")) {
			Api.Response response = api("lpk-disperinaker.kepala").get(API + "?year=" + year);
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.body()).contains("\"year\"");
		}
	}

	@Test
	void thePagesShowTheFiguresAndLinkToTheirExplanations() throws Exception {
		WebSession web = WebSession.on(this.port);
		web.login("lpk-disperinaker.kepala", DemoPassword.VALUE);
		WebSession.Page page = web.get("/dasbor");
		assertThat(page.path()).isEqualTo("/dasbor/" + DashboardDatabase.AGENCY);
		JsonNode agency = recap(this.rounds[2]).get("agency");
		String shown = page.document().select("#dashboard-total td").last().selectFirst("a").text();
		assertThat(shown).isEqualTo(indonesian(agency.get("achievement").decimalValue()));
		assertThat(page.document().select("#dashboard-total a").last().attr("href"))
			.endsWith("/rounds/" + this.rounds[2] + "/recap#agency-achievement");
		assertThat(page.document().select("table.chart-data")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page.text("#dashboard-plans")).contains("Percepatan kegiatan");
		String objective = page.document().selectFirst("#dashboard-objectives tbody th a").attr("href");
		WebSession.Page drill = web.get(objective);
		assertThat(drill.status()).isEqualTo(200);
		String indicator = drill.document().selectFirst("#objective-indicators tbody th a").attr("href");
		WebSession.Page history = web.get(indicator);
		assertThat(history.text("#indicator-history")).contains("Dukungan anggaran", "TW IV 2025", "TW II 2026");
		WebSession.Download pdf = web.download("/dasbor/" + DashboardDatabase.AGENCY + ".pdf?year=2026");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
		Path dir = Files.createDirectories(Path.of("target", "reports"));
		Files.write(dir.resolve("agency-dashboard-2026.pdf"), pdf.body());
	}

	private static String indonesian(java.math.BigDecimal value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value).replace('.', ',');
	}

	private static JsonNode node(JsonNode recap, String code) {
		for (JsonNode n : recap.get("nodes")) {
			if (n.get("code").asString().equals(code)) {
				return n;
			}
		}
		throw new AssertionError("no node " + code);
	}

	private static JsonNode indicator(JsonNode recap, String code) {
		for (JsonNode i : recap.get("indicators")) {
			if (i.get("indicatorCode").asString().equals(code)) {
				return i;
			}
		}
		throw new AssertionError("no indicator " + code);
	}

	/** The dashboard's achievement and rating are the recap's, to the last digit. */
	private static void sameFigure(JsonNode shown, JsonNode stored) {
		if (stored.get("achievement").isNull()) {
			assertThat(shown.get("achievement").isNull()).isTrue();
		}
		else {
			assertThat(shown.get("achievement").decimalValue()).as(stored.toString())
				.isEqualByComparingTo(stored.get("achievement").decimalValue());
		}
		assertThat(shown.get("rating").asString("")).isEqualTo(stored.get("rating").asString(""));
		assertThat(shown.get("ratingLabel").asString("")).isEqualTo(stored.get("ratingLabel").asString(""));
	}

}
