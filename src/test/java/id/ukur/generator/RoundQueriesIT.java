package id.ukur.generator;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionSettings;
import id.ukur.organization.UserAccounts;
import id.ukur.round.Commands;
import id.ukur.round.Rounds;
import id.ukur.sop.Sops;
import id.ukur.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statements one calculation and one saved value send to the database
 * (docs/performance.md, sections 3 and 4), counted on generated data in a transaction
 * that is rolled back: every statement goes through Spring's JdbcTemplate, which names it
 * at debug level. The bounds keep a calculation from reading the earlier rounds one by
 * one again, or a save from reading the plan.
 */
class RoundQueriesIT extends IntegrationTest {

	private static final String AGENCY = "q0001-opd01";

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
	private UserAccounts accounts;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void aCalculationAndASaveSendFewStatements() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			status.setRollbackOnly();
			try {
				new DataGenerator(this.dataSource, this.json, this.encoder, this.settings, this.sops)
					.generateWithin(DataSourceUtils.getConnection(this.dataSource), GeneratorOptions.small("q"));
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
			check();
		});
	}

	private void check() {
		CurrentUser planner = this.accounts.byUsername(AGENCY + ".perencana").orElseThrow();
		long round = this.jdbc
			.sql("select r.id from measurement_round r join agency a on a.id = r.agency_id"
					+ " where a.code = ? and r.period = 'TW4'")
			.param(AGENCY)
			.query(Long.class)
			.single();
		// the first calculation reads the plan copy; the second finds it parsed
		this.rounds.calculate(round, planner);
		List<String> calculation = statements(() -> this.rounds.calculate(round, planner));
		assertThat(calculation).as(String.join("\n", calculation)).hasSizeLessThanOrEqualTo(14);
		assertThat(calculation).noneMatch((sql) -> sql.contains("from plan_copy"));

		// a value of BIDANG1 back with its unit, as while the forms are open
		String code = this.jdbc
			.sql("select indicator_code from round_entry where round_id = ? and unit_code = 'BIDANG1'"
					+ " and value_type = 'NUMBER' order by sort_order")
			.param(round)
			.query(String.class)
			.list()
			.get(0);
		this.jdbc.sql("update round_form set status = 'OPEN' where round_id = ? and unit_code = 'BIDANG1'")
			.param(round)
			.update();
		this.jdbc.sql("update round_entry set status = 'DRAFT' where round_id = ? and indicator_code = ?")
			.params(round, code)
			.update();
		CurrentUser staff = this.accounts.byUsername(AGENCY + ".bidang1.staf").orElseThrow();
		long version = this.rounds.entry(round, code, staff).version();
		List<String> save = statements(() -> this.rounds.saveEntry(round, code,
				new Commands.EntryInput(new BigDecimal("42"), null, null, null, version), staff));
		assertThat(save).as(String.join("\n", save)).hasSizeLessThanOrEqualTo(11);
		assertThat(save).noneMatch((sql) -> sql.contains("from plan_copy"));
	}

	/** The statements the action sends on this thread, in order. */
	private static List<String> statements(Runnable action) {
		Logger logger = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);
		Level level = logger.getLevel();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		logger.setLevel(Level.DEBUG);
		String thread = Thread.currentThread().getName();
		try {
			action.run();
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(appender);
		}
		return appender.list.stream()
			.filter((event) -> event.getThreadName().equals(thread))
			.map(ILoggingEvent::getFormattedMessage)
			// JdbcTemplate names each statement once with its text in brackets
			.filter((message) -> message.startsWith("Executing") && message.contains(" ["))
			.toList();
	}

}
