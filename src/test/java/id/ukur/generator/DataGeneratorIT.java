package id.ukur.generator;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionSettings;
import id.ukur.organization.UserAccounts;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.Plans;
import id.ukur.plan.internal.PlanChecks;
import id.ukur.round.Period;
import id.ukur.round.Recap;
import id.ukur.round.RoundStatus;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import id.ukur.sop.Sops;
import id.ukur.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data generator at its smallest (1 region × 2 agencies × 10 indicators), on a
 * database of its own: the rows are all there, the plan reads back as generated and
 * passes the plan's validation, and the stored recap is exactly what the rounds calculate
 * again from the stored values.
 */
class DataGeneratorIT extends IntegrationTest {

	private static final String AGENCY = "t0001-opd01";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JsonMapper json;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private RegionSettings settings;

	@Autowired
	private Sops sops;

	@Autowired
	private Rounds rounds;

	@Autowired
	private Plans plans;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void generatesAgenciesWhoseRecapsTheRoundsCalculateAgain() {
		rolledBack(this::generatesAgenciesWhoseRecapsTheRoundsCalculateAgainWithin);
	}

	@Test
	void theSameSeedGivesTheSameDataWhateverTheThreads() {
		rolledBack(this::theSameSeedGivesTheSameDataWithin);
	}

	/** Runs the checks in a transaction that is rolled back whatever happens. */
	private void rolledBack(Check check) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			status.setRollbackOnly();
			try {
				check.run();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private void generatesAgenciesWhoseRecapsTheRoundsCalculateAgainWithin() throws Exception {
		DataGenerator generator = new DataGenerator(this.dataSource, this.json, this.encoder, this.settings, this.sops);
		DataGenerator.Summary summary = generator.generateWithin(DataSourceUtils.getConnection(this.dataSource),
				GeneratorOptions.small("t"));

		int steps = 10;
		assertThat(summary.rows()).containsAllEntriesOf(Map.of("region", 1L, "agency", 2L, "unit", 8L, "app_user",
				3L + 2 * (4 + 4 * 2), "plan", 2L, "indicator", 20L, "measurement_round", 8L, "round_entry", 80L,
				"round_entry_history", 80L, "round_step", 8L * steps));
		// one plan copy per agency, shared by its four rounds
		assertThat(summary.rows()).containsEntry("plan_copy", 2L);
		assertThat(count("select count(*) from round_entry e join measurement_round r on r.id = e.round_id"
				+ " join agency a on a.id = r.agency_id where a.code like 't0001-%'"))
			.isEqualTo(80);
		assertThat(count("select count(*) from indicator_period_target t join indicator i on i.id = t.indicator_id"
				+ " join plan p on p.id = i.plan_id join agency a on a.id = p.agency_id where a.code like 't0001-%'"))
			.isEqualTo(80);

		CurrentUser planner = this.accounts.byUsername(AGENCY + ".perencana").orElseThrow();
		PlanDocument plan = this.plans.document(AGENCY, 2025, planner).orElseThrow();
		assertThat(plan.goals()).isEqualTo(this.json.readValue(snapshot(), PlanDocument.class).goals());
		assertThat(PlanChecks.problems(plan, Set.of("SEKRETARIAT", "BIDANG1", "BIDANG2", "BIDANG3"))).isEmpty();

		List<RoundView> agencyRounds = this.rounds.rounds(AGENCY, planner);
		assertThat(agencyRounds).extracting(RoundView::period)
			.containsExactlyInAnyOrder(Period.TW1, Period.TW2, Period.TW3, Period.TW4);
		RoundView open = agencyRounds.stream().filter((r) -> r.status() == RoundStatus.OPEN).findFirst().orElseThrow();
		assertThat(open.period()).isEqualTo(Period.TW4);
		assertThat(open.calculationCurrent()).isTrue();

		Recap stored = this.rounds.recap(open.id(), planner).orElseThrow();
		List<String> figures = figures(open.id());
		assertThat(figures).hasSizeGreaterThan(10);
		this.rounds.calculate(open.id(), planner);
		// the generator's figures are those the calculation writes (docs/performance.md)
		assertThat(figures(open.id())).isEqualTo(figures);
		Recap again = this.rounds.recap(open.id(), planner).orElseThrow();
		assertThat(stored.indicators()).hasSize(10);
		assertThat(again.indicators()).isEqualTo(stored.indicators());
		assertThat(again.nodes()).isEqualTo(stored.nodes());
		assertThat(again.agency()).isEqualTo(stored.agency());
		assertThat(stored.agency().achievement()).isNotNull();
	}

	private void theSameSeedGivesTheSameDataWithin() throws Exception {
		DataGenerator generator = new DataGenerator(this.dataSource, this.json, this.encoder, this.settings, this.sops);
		generator.generateWithin(DataSourceUtils.getConnection(this.dataSource), GeneratorOptions.parse("--regions",
				"1", "--agencies", "3", "--indicators", "5-15", "--seed", "7", "--prefix", "v", "--threads", "1"));
		generator.generateWithin(DataSourceUtils.getConnection(this.dataSource), GeneratorOptions.parse("--regions",
				"1", "--agencies", "3", "--indicators", "5-15", "--seed", "7", "--prefix", "w", "--threads", "3"));
		assertThat(recaps("w0001-%")).isEqualTo(recaps("v0001-%")).hasSize(12);
		// the same plans again: the second data set's rounds reference the first one's
		// copies
		assertThat(count("select count(distinct r.plan_copy_id) from measurement_round r join agency a"
				+ " on a.id = r.agency_id where a.code like 'v0001-%' or a.code like 'w0001-%'"))
			.isEqualTo(3);
	}

	private List<String> recaps(String agencies) {
		return this.jdbc
			.sql("select c.document || r.recap from measurement_round r join agency a on a.id = r.agency_id"
					+ " join plan_copy c on c.id = r.plan_copy_id" + " where a.code like ? order by a.code, r.period")
			.param(agencies)
			.query(String.class)
			.list();
	}

	/** A round's figures, every column but the row's id, in their order. */
	private List<String> figures(long round) {
		return this.jdbc
			.sql("select " + String.join(" || '|' || ",
					id.ukur.round.internal.GeneratedRecaps.FIGURE_COLUMNS.stream()
						.map((c) -> "coalesce(cast(" + c + " as varchar(500)), '-')")
						.toList())
					+ " from recap_figure where round_id = ? order by position")
			.param(round)
			.query(String.class)
			.list();
	}

	private String snapshot() {
		return this.jdbc
			.sql("select c.document from measurement_round r join agency a on a.id = r.agency_id"
					+ " join plan_copy c on c.id = r.plan_copy_id" + " where a.code = ? and r.period = 'TW1'")
			.param(AGENCY)
			.query(String.class)
			.single();
	}

	private interface Check {

		void run() throws Exception;

	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
