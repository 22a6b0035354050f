package id.ukur.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.WebSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The "one per …" rules hold under parallel requests through the real HTTP stack, on H2
 * and PostgreSQL: thirty callers released at once by a latch, exactly one creates, every
 * other gets the refusal naming the rule — 409 for a round's period or an SOP revision,
 * 400 naming the field for a unit code or a NIP, as a later duplicate gets — (a problem
 * document in the API, the message on the kept form in the pages), never a 5xx, and the
 * database holds one row.
 */
class OnePerRuleIT extends IntegrationTest {

	private static final int CALLERS = 30;

	private static final String AGENCY = "pbl-disperinaker";

	@Test
	void thirtyOrdersOfOnePeriodMakeOneRound() {
		List<Api.Response> answers = race(CALLERS, () -> tokenApi(AGENCY + ".kepala"),
				(api) -> api.post("/api/v1/agencies/" + AGENCY + "/rounds", orderJson("TW2")));
		assertOneCreatedOthersRefused(answers, 201, "round.exists", "unique.round.period", "problem.busy");
		assertThat(heldRounds("TW2")).isEqualTo(1);
	}

	@Test
	void parallelOrdersThroughThePagesKeepTheFormWithTheRule() {
		int callers = 6;
		List<WebSession> sessions = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			WebSession session = web();
			session.login(AGENCY + ".kepala", DemoPassword.VALUE);
			session.get("/agencies/" + AGENCY + "/rounds");
			sessions.add(session);
		}
		List<Integer> statuses = new ArrayList<>();
		List<String> refusals = new ArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<WebSession.Page>> pages = new ArrayList<>();
			for (WebSession session : sessions) {
				pages.add(pool.submit(() -> {
					start.await();
					return session.submit("/agencies/" + AGENCY + "/rounds", Map.of("year", "2026", "period", "TW3",
							"deadline", deadline(), "orderReference", "800/TW3/2026", "orderText", "Pengukuran TW3"));
				}));
			}
			start.countDown();
			for (Future<WebSession.Page> page : pages) {
				WebSession.Page answer = page.get();
				statuses.add(answer.status());
				if (answer.status() != 200 || !answer.path().matches("/rounds/\\d+")) {
					refusals.add(answer.document().select(".alert-danger").text());
					assertThat(answer.document().selectFirst("form [name=orderReference]")).as("the form is kept")
						.isNotNull();
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses).as("no 5xx").allMatch((status) -> status < 500);
		assertThat(refusals).hasSize(callers - 1)
			.allMatch((text) -> text.contains("sudah ada") || text.contains("sudah diperintahkan")
					|| text.contains("sedang diubah"), "names the rule (or the lock held) in Indonesian");
		assertThat(statuses.stream().filter((status) -> status == 409).count()).isEqualTo(callers - 1);
		assertThat(heldRounds("TW3")).isEqualTo(1);
	}

	@Test
	void thirtyUnitsOfOneCodeMakeOne() {
		List<Api.Response> answers = race(CALLERS, () -> tokenApi("pbl.admin"),
				(api) -> api.post("/api/v1/agencies/" + AGENCY + "/units",
						"{\"code\": \"PARALEL\", \"name\": \"Unit Paralel\", \"kind\": \"DIVISION\"}"));
		assertOneCreatedOthersNamedTheField(answers, "code");
		assertThat(this.jdbc.sql("select count(*) from unit where code = 'PARALEL'").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void thirtyOfficialsOfOneNipMakeOne() {
		String nip = "19850312201001" + "1" + "777";
		List<Api.Response> answers = race(CALLERS, () -> tokenApi("pbl.admin"),
				(api) -> api.post("/api/v1/agencies/" + AGENCY + "/officials", "{\"name\": \"Pejabat Paralel\","
						+ " \"position\": \"Kepala Seksi\", \"rank\": \"Penata (III/c)\", \"nip\": \"" + nip + "\"}"));
		assertOneCreatedOthersNamedTheField(answers, "nip");
		assertThat(
				this.jdbc.sql("select count(*) from official where nip = ?").param(nip).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void thirtyUploadsOverOneRevisionPublishOne() {
		Api planner = tokenApi(AGENCY + ".perencana");
		Api.Response read = planner.get("/api/v1/agencies/" + AGENCY + "/sop?format=yaml");
		int before = revisions();
		assertThat(read.header("X-Ukur-Sop-Revision")).isEqualTo(String.valueOf(before));
		List<Api.Response> answers = race(CALLERS, () -> tokenApi(AGENCY + ".perencana"), (api) -> api
			.putAs("/api/v1/agencies/" + AGENCY + "/sop?basedOn=" + before, read.body(), "application/yaml"));
		// a loser that arrives after the winner's commit finds its revision superseded;
		// one that raced it breaks the revision number's key: both are told to reload
		assertOneCreatedOthersRefused(answers, 200, "sop.basedOn.stale", "unique.sop.revision");
		int published = 1;
		assertThat(revisions()).isEqualTo(before + published);
		assertThat(this.jdbc
			.sql("select count(distinct revision) from sop_revision where agency_id = (select id from agency"
					+ " where code = ?)")
			.param(AGENCY)
			.query(Integer.class)
			.single()).isEqualTo(before + published);
		assertThat(this.jdbc
			.sql("select count(*) from sop_revision where active = true and agency_id = (select id from agency"
					+ " where code = ?)")
			.param(AGENCY)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private int revisions() {
		return this.jdbc
			.sql("select coalesce(max(revision), 0) from sop_revision where agency_id = (select id from agency"
					+ " where code = ?)")
			.param(AGENCY)
			.query(Integer.class)
			.single();
	}

	private int heldRounds(String period) {
		return this.jdbc.sql(
				"select count(*) from measurement_round where round_year = 2026 and period = ? and cancelled_at is null"
						+ " and agency_id = (select id from agency where code = ?)")
			.params(period, AGENCY)
			.query(Integer.class)
			.single();
	}

	private static void assertOneCreatedOthersRefused(List<Api.Response> answers, int created, String... codes) {
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.status()).as(answer.body()).isLessThan(500));
		assertThat(answers.stream().filter((answer) -> answer.status() == created).count()).isEqualTo(1);
		assertThat(answers.stream().filter((answer) -> answer.status() != created)).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.body()).isEqualTo(409);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().get("code").asString()).isIn((Object[]) codes);
			assertThat(answer.json().get("detail").asString()).doesNotContain("Exception");
		});
	}

	/**
	 * A code or NIP is a field of the form: the losers of the race get what a later
	 * duplicate gets, a 400 naming the field, never a 409 without it.
	 */
	private static void assertOneCreatedOthersNamedTheField(List<Api.Response> answers, String field) {
		assertThat(answers.stream().filter((answer) -> answer.status() == 201).count()).isEqualTo(1);
		assertThat(answers.stream().filter((answer) -> answer.status() != 201)).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		});
	}

	/** Every caller waits for one signal, then all send at once. */
	static List<Api.Response> race(int callers, Supplier<Api> client, Function<Api, Api.Response> call) {
		List<Api> clients = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			clients.add(client.get());
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<Api.Response>> futures = new ArrayList<>();
			for (Api api : clients) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.apply(api);
				}));
			}
			start.countDown();
			List<Api.Response> answers = new ArrayList<>();
			for (Future<Api.Response> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String deadline() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(7).toString();
	}

	private static String orderJson(String period) {
		return "{\"year\": 2026, \"period\": \"" + period + "\", \"deadline\": \"" + deadline()
				+ "\", \"orderReference\": \"800/" + period + "/2026\", \"orderText\": \"Pengukuran " + period + "\"}";
	}

}
