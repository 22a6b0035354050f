package id.ukur.round.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import id.ukur.round.EntryStatus;
import id.ukur.round.EntryView;
import id.ukur.round.FormView;
import id.ukur.round.Period;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundStatus;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import id.ukur.round.StepView;
import id.ukur.round.internal.ReminderRun;
import id.ukur.sop.Checkpoint;
import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.TestDatabase;
import id.ukur.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo history on a database of its own (docs/demo.md): every seed agency has its
 * past rounds in the states the story leaves them, calculated, journaled, sealed reports
 * that verify, timed in the weeks after their periods; nobody was mailed of them; and
 * loading again adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.demo.history=true", "ukur.reminders.enabled=false",
				"ukur.base-url=http://demo-history.test" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoHistoryIT {

	private static final String DATABASE = TestDatabase.fresh("demo_history");

	private static final List<String> AGENCIES = List.of("lpk-disperinaker", "pwk-dkupp", "pbl-disperinaker",
			"lmg-disnaker", "wkn-dpmk");

	private static final List<String> PERIODS = List.of("2025 TW1", "2025 TW2", "2025 TW3", "2025 TW4", "2026 TW1",
			"2026 TW2", "2026 TW3");

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@LocalServerPort
	private int port;

	@Autowired
	private Rounds rounds;

	@Autowired
	private UserAccounts users;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DemoHistoryLoader loader;

	@Autowired
	private ReminderRun reminders;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
		registry.add("spring.mail.host", TestMail::host);
		registry.add("spring.mail.port", TestMail::port);
	}

	@Test
	@Order(1)
	void everySeedAgencyHasSevenRoundsInTheirStates() {
		for (String agency : AGENCIES) {
			Map<String, RoundView> rounds = roundsOf(agency);
			assertThat(rounds).as(agency).containsOnlyKeys(PERIODS);
			for (String period : PERIODS.subList(0, 6)) {
				RoundView round = rounds.get(period);
				assertThat(round.status()).as("%s %s", agency, period).isEqualTo(RoundStatus.ARCHIVED);
				assertThat(round.acknowledgedBy()).isEqualTo(agency.substring(0, 3) + ".bappeda");
			}
			RoundView third = rounds.get("2026 TW3");
			switch (agency) {
				case HistoryPlan.OPEN_AGENCY -> inValidation(third);
				case HistoryPlan.UNACKNOWLEDGED_AGENCY -> {
					assertThat(third.status()).isEqualTo(RoundStatus.SEALED);
					assertThat(third.sentAt()).isNotNull();
					assertThat(third.acknowledgedAt()).isNull();
				}
				default -> {
					assertThat(third.status()).as(agency).isEqualTo(RoundStatus.SEALED);
					assertThat(third.acknowledgedAt()).isNotNull();
				}
			}
		}
	}

	private void inValidation(RoundView round) {
		assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
		assertThat(round.currentStep().binding()).isEqualTo(Checkpoint.VALIDATE);
		assertThat(round.forms()).filteredOn(FormView::late).hasSize(1);
		List<EntryView> entries = this.rounds.entries(round.id(), head(round.agencyCode()));
		assertThat(entries).filteredOn((e) -> e.status() == EntryStatus.RETURNED)
			.singleElement()
			.satisfies((e) -> assertThat(e.reason()).isEqualTo(Validation.RETURN_REASON));
		assertThat(entries).anyMatch((e) -> e.status() == EntryStatus.ACCEPTED)
			.anyMatch((e) -> e.status() == EntryStatus.SUBMITTED);
	}

	@Test
	@Order(2)
	void everyActLiesInTheWeeksAfterItsPeriod() {
		for (String agency : AGENCIES) {
			for (RoundView round : roundsOf(agency).values()) {
				LocalDate end = periodEnd(round.year(), round.period());
				assertThat(day(round.orderedAt())).as("%s ordered", round.periodLabel()).isAfter(end);
				assertThat(day(round.orderedAt())).isBefore(end.plusWeeks(8));
				if (round.signedAt() != null) {
					assertThat(round.signedAt()).isAfter(round.orderedAt());
					assertThat(day(round.signedAt())).as("%s signed", round.periodLabel()).isBefore(end.plusWeeks(8));
				}
				for (StepView step : this.rounds.steps(round.id(), head(agency))) {
					if (step.completedAt() != null) {
						assertThat(step.completedAt()).isBetween(round.orderedAt(), Instant.now());
						assertThat(day(step.completedAt())).isBefore(end.plusWeeks(10));
					}
				}
			}
		}
	}

	@Test
	@Order(3)
	void theRoundsAreCalculatedJournaledAndTheirSealsVerify() {
		Api anonymous = Api.anonymous(this.port);
		for (String agency : AGENCIES) {
			for (RoundView round : roundsOf(agency).values()) {
				if (round.sealed()) {
					assertThat(count(
							"select count(*) from recap_figure where kind = 'AGENCY' and round_id = " + round.id()))
						.isOne();
					assertThat(count(
							"select count(*) from recap_figure where kind = 'INDICATOR' and round_id = " + round.id()))
						.isGreaterThan(10);
				}
				long lines = this.jdbc.sql("select count(*) from audit_entry where round_id = ?")
					.param(round.id())
					.query(Long.class)
					.single();
				assertThat(lines).as("journal of %s", round.periodLabel()).isGreaterThan(20);
				if (round.sealed()) {
					Api.Response verified = anonymous.get("/api/v1/verify/" + round.verificationCode());
					assertThat(verified.status()).isEqualTo(200);
					assertThat(verified.json().get("genuine").asBoolean()).isTrue();
					assertThat(verified.json().get("sha256").asString()).isEqualTo(round.sha256());
				}
			}
		}
	}

	@Test
	@Order(4)
	void ratingsDifferSomeValuesAreLateOrUnreportedAndFollowUpsArePlanned() {
		List<String> ratings = this.jdbc
			.sql("select distinct rating from recap_figure where kind = 'INDICATOR' and rating is not null")
			.query(String.class)
			.list();
		assertThat(ratings).hasSizeGreaterThan(2);
		assertThat(count("select count(*) from round_entry where status = 'NOT_REPORTED'")).isPositive();
		assertThat(count("select count(*) from round_form where late = true")).isGreaterThan(AGENCIES.size());
		assertThat(count("select count(*) from action_plan where status = 'DONE'")).isPositive();
		assertThat(count("select count(*) from action_plan where status = 'OPEN'")).isPositive();
		assertThat(count("select count(*) from action_plan where status = 'IN_PROGRESS'")).isPositive();
		assertThat(count("select count(*) from round_step where completed_at > started_at")).isPositive();
	}

	@Test
	@Order(5)
	void nobodyIsToldOfThePastAndALaterActIsMailed() {
		assertThat(this.reminders.remind(Instant.now())).as("reminders due for the history").isZero();
		assertThat(TestMail.await(DemoHistoryIT::ours, 1, Duration.ofSeconds(2))).isEmpty();
		// the control: an act done now is mailed from this application
		RoundView round = roundsOf("pbl-disperinaker").get("2026 TW3");
		CurrentUser validator = this.users.byUsername("pbl-disperinaker.tim").orElseThrow();
		EntryView waiting = this.rounds.entries(round.id(), validator)
			.stream()
			.filter((e) -> e.status() == EntryStatus.SUBMITTED && e.actions().contains(RoundAction.RETURN_VALUE))
			.findFirst()
			.orElseThrow();
		this.rounds.returnEntry(round.id(), waiting.indicatorCode(), "Mohon periksa kembali.", validator);
		assertThat(TestMail.await(DemoHistoryIT::ours, 1, Duration.ofSeconds(20))).isNotEmpty();
	}

	@Test
	@Order(6)
	void loadingAgainAddsNothing() {
		long rounds = count("select count(*) from measurement_round");
		long lines = count("select count(*) from audit_entry");
		assertThat(this.loader.load()).isZero();
		assertThat(count("select count(*) from measurement_round")).isEqualTo(rounds);
		assertThat(count("select count(*) from audit_entry")).isEqualTo(lines);
		Api head = Api.withBasic(this.port, "lpk-disperinaker.kepala", DemoPassword.VALUE);
		Api.Response list = head.get("/api/v1/agencies/lpk-disperinaker/rounds");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().size()).isEqualTo(PERIODS.size());
	}

	private static boolean ours(MimeMessage message) {
		return TestMail.plainText(message).contains("http://demo-history.test/");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private Map<String, RoundView> roundsOf(String agency) {
		return this.rounds.rounds(agency, head(agency))
			.stream()
			.collect(Collectors.toMap((r) -> r.year() + " " + r.period().name(), Function.identity()));
	}

	private CurrentUser head(String agency) {
		String user = agency.equals("lmg-disnaker") ? agency + ".sekretaris" : agency + ".kepala";
		return this.users.byUsername(user).orElseThrow();
	}

	private static LocalDate periodEnd(int year, Period period) {
		int month = 3 * Integer.parseInt(period.lastQuarter().substring(2));
		return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, JAKARTA);
	}

	/**
	 * The region dashboard counts the indicators the early warning flags at risk in each
	 * agency's TW II and TW III, as the rounds' recaps hold them (docs/dashboards.md),
	 * and the demo history has some.
	 */
	@Test
	@Order(7)
	void theRegionDashboardCountsTheIndicatorsAtRisk() {
		int flagged = 0;
		for (String agency : AGENCIES) {
			String region = agency.substring(0, 3);
			Api bappeda = Api.withBasic(this.port, region + ".bappeda", DemoPassword.VALUE);
			for (String period : List.of("TW2", "TW3")) {
				Api.Response answer = bappeda
					.get("/api/v1/regions/" + region + "/dashboard?year=2026&period=" + period);
				assertThat(answer.status()).as(answer.body()).isEqualTo(200);
				for (tools.jackson.databind.JsonNode row : answer.json().get("agencies")) {
					for (tools.jackson.databind.JsonNode cell : row.get("cells")) {
						if (cell.get("period").asString().equals(period) && !cell.get("roundId").isNull()) {
							int stored = atRisk(bappeda, cell.get("roundId").asLong());
							assertThat(cell.get("atRisk").asInt()).as("%s %s", row.get("agencyCode"), period)
								.isEqualTo(stored);
							flagged += stored;
						}
					}
				}
			}
		}
		assertThat(flagged).as("indicators at risk in the demo's TW II and TW III").isPositive();
	}

	/**
	 * @return the recap's indicators at risk; none before the round's calculation, whose
	 * figures the dashboards read (the recap shows the values so far meanwhile)
	 */
	private static int atRisk(Api api, long round) {
		tools.jackson.databind.JsonNode recap = api.get("/api/v1/rounds/" + round + "/recap").json();
		if (!recap.get("calculated").asBoolean()) {
			return 0;
		}
		int count = 0;
		for (tools.jackson.databind.JsonNode indicator : recap.get("indicators")) {
			tools.jackson.databind.JsonNode projection = indicator.get("projection");
			count += (projection != null && !projection.isNull() && projection.get("atRisk").asBoolean()) ? 1 : 0;
		}
		return count;
	}

}
