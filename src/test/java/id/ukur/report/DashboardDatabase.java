package id.ukur.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.ukur.organization.UserAccounts;
import id.ukur.support.Api;
import id.ukur.support.RoundDriver;
import id.ukur.support.TestDatabase;
import id.ukur.support.TestMail;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The agency dashboard's tests run on a database of their own (demo data loaded fresh)
 * where Lima Puluh Kota's Disperinaker has sealed rounds of 2025 TW IV and 2026 TW I and
 * TW II: the figures do not depend on what other tests leave in the shared database.
 */
final class DashboardDatabase {

	static final String AGENCY = "lpk-disperinaker";

	private static final Map<String, String> URLS = new ConcurrentHashMap<>();

	private DashboardDatabase() {
	}

	/**
	 * The agency's plan of 2025 copied to another year by its planner (the demo has plans
	 * of 2025 and 2026 only), for tests that need rounds of years no other test uses.
	 */
	static void copyPlan(RoundDriver round, int year) {
		ObjectNode plan = (ObjectNode) RoundDriver
			.ok(round.as("perencana").get("/api/v1/agencies/" + AGENCY + "/plans/2025"));
		plan.put("year", year);
		plan.remove("version");
		RoundDriver.ok(round.as("perencana").put("/api/v1/agencies/" + AGENCY + "/plans/" + year, plan.toString()));
	}

	/** The properties of {@code IntegrationTest}, with a database of the test's own. */
	static void register(DynamicPropertyRegistry registry, String name) {
		registry.add("spring.datasource.url", () -> URLS.computeIfAbsent(name, TestDatabase::fresh));
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
		registry.add("spring.mail.host", TestMail::host);
		registry.add("spring.mail.port", TestMail::port);
	}

	/** A client of a demo user with a personal API token. */
	static Api tokenApi(int port, UserAccounts accounts, String username) {
		String token = accounts.createToken(accounts.byUsername(username).orElseThrow(), "dashboard tests");
		return Api.withToken(port, token);
	}

	/**
	 * Seals three rounds: TW IV of the previous year at nine tenths of the targets, TW I
	 * of the year at 95 %, and TW II of the year on target but for one indicator at half
	 * its target, with an action plan for it.
	 * @return the ids of the rounds, oldest first
	 */
	static long[] seal(RoundDriver round, int previousYear, int year) {
		round.sealedLimaPuluhKota(previousYear, "TW4", (e) -> scaled(e, "0.9"));
		long first = round.id();
		round.sealedLimaPuluhKota(year, "TW1", (e) -> scaled(e, "0.95"));
		long second = round.id();
		String[] weak = new String[1];
		round.order("kepala", year, "TW2", null);
		round.completeStep("sekretaris", 2, "Notulen rapat arahan");
		round.completeStep("tim", 3, "Rencana kegiatan pengukuran");
		round.completeStep("tim", 4, "Metodologi pengukuran capaian");
		round.fillAndSubmitAll((e) -> {
			boolean numeric = !e.get("valueType").asString().equals("QUALITATIVE");
			if (numeric && weak[0] == null) {
				weak[0] = e.get("indicatorCode").asString();
			}
			return (numeric && weak[0].equals(e.get("indicatorCode").asString())) ? RoundDriver.halfTarget(e)
					: scaled(e, "1");
		});
		round.acceptAll("tim");
		round.post("tim", "/calculate", null);
		String unit = round.entries()
			.stream()
			.filter((e) -> e.get("indicatorCode").asString().equals(weak[0]))
			.findFirst()
			.orElseThrow()
			.get("unitCode")
			.asString();
		round.post("perencana", "/action-plans",
				"{\"indicatorCode\": \"" + weak[0]
						+ "\", \"analysis\": \"Realisasi rendah karena anggaran terlambat\", \"action\":"
						+ " \"Percepatan kegiatan\", \"ownerUnit\": \"" + unit + "\", \"dueDate\": \"2026-08-31\"}");
		round.completeStep("tim", 6, "Rekap hasil pengukuran per sasaran");
		round.post("tim", "/submit-for-review", null);
		round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		round.post("kepala", "/sign", null);
		return new long[] { first, second, round.id() };
	}

	/** The target times a factor; qualitative values on target. */
	static String scaled(JsonNode entry, String factor) {
		if (entry.get("valueType").asString().equals("QUALITATIVE")) {
			return RoundDriver.onTarget(entry);
		}
		BigDecimal target = new BigDecimal(RoundDriver.onTarget(entry));
		return target.multiply(new BigDecimal(factor))
			.setScale(2, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
