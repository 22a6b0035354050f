package id.ukur.generator;

import id.ukur.generator.OrganizationRows.Agency;
import id.ukur.generator.OrganizationRows.Region;
import id.ukur.organization.RegionSettings;
import id.ukur.organization.RegionSettings.Settings;
import id.ukur.organization.Role;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.Sops;
import id.ukur.support.DemoPassword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills a database with N regions × M agencies × K indicators: the organisation with its
 * users, each agency's plan of the year with budgets and quarterly targets, its SOP
 * revision and its four quarterly rounds with values and stored recaps. Everything is
 * derived from the seed (each agency from its own random source), written straight into
 * the tables in bulk and committed region by region.
 */
public final class DataGenerator {

	/** The seed SOP every generated agency copies (it has a calculation step). */
	static final String SEED_SOP = "sop/seeds/lpk-disperinaker.yaml";

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	private static final String[] TABLES = { "region", "agency", "unit", "official", "app_user", "plan", "plan_node",
			"indicator", "sop_revision", "plan_copy", "measurement_round", "recap_figure", "round_form", "round_entry",
			"round_entry_history", "round_step" };

	/**
	 * Where rows generated in a transaction that is rolled back are numbered from.
	 */
	private static final long ROLLED_BACK = 1L << 40;

	private static final String[] ROUND_TABLES = { "plan_copy", "measurement_round", "recap_figure", "round_form",
			"round_entry", "round_entry_history", "round_step" };

	private final DataSource dataSource;

	private final JsonMapper json;

	private final PasswordEncoder encoder;

	private final RegionSettings settings;

	private final Sops sops;

	public DataGenerator(DataSource dataSource, JsonMapper json, PasswordEncoder encoder, RegionSettings settings,
			Sops sops) {
		this.dataSource = dataSource;
		this.json = json;
		this.encoder = encoder;
		this.settings = settings;
		this.sops = sops;
	}

	/**
	 * Generates on a connection of its own, committing region by region; afterwards the
	 * tables' identities restart above the generated rows and PostgreSQL's statistics are
	 * refreshed.
	 */
	public Summary generate(GeneratorOptions options) throws SQLException {
		long started = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			Ids ids = new Ids(connection, TABLES);
			Rows rows = write(connection, ids, options, true);
			ids.restart(connection);
			connection.commit();
			analyze(connection);
			return new Summary(options, rows.counts(), (System.nanoTime() - started) / 1e9);
		}
	}

	/**
	 * Generates within the caller's transaction (a test that rolls back): nothing is
	 * committed and the identities are left alone; the rounds' rows are numbered from
	 * 2^40 on.
	 */
	public Summary generateWithin(Connection connection, GeneratorOptions options) throws SQLException {
		long started = System.nanoTime();
		// the rounds' rows numbered far above the database's identities: rows a test adds
		// meanwhile (kept versions of a save) do not collide with them, and no id rolled
		// back is handed out again (the round module keeps parsed plan copies by id)
		Ids ids = new Ids(connection, TABLES);
		for (String table : ROUND_TABLES) {
			ids.atLeast(table, ROLLED_BACK);
		}
		Rows rows = write(connection, ids, options, false);
		return new Summary(options, rows.counts(), (System.nanoTime() - started) / 1e9);
	}

	private Rows write(Connection connection, Ids ids, GeneratorOptions options, boolean commit) throws SQLException {
		long started = System.nanoTime();
		Instant at = LocalDate.of(options.year(), 1, 2).atTime(1, 0).toInstant(ZoneOffset.UTC);
		refuseExisting(connection, options);
		Rows rows = Rows.open(connection, options.copy());
		OrganizationRows.declare(rows);
		PlanRows.declare(rows);
		StepRows.declare(rows);
		RoundRows.declare(rows);
		StepRows.declareSteps(rows);
		OrganizationRows organization = new OrganizationRows(rows, ids, this.encoder.encode(DemoPassword.VALUE), at);
		List<Region> regions = new ArrayList<>();
		for (int r = 0; r < options.regions(); r++) {
			regions.add(organization.region(options.regionCode(r), r));
		}
		rows.flush();
		if (commit) {
			connection.commit();
		}
		Settings settings = this.settings.of(regions.get(0).id());
		SopDefinition seed = seedSop();
		StepRows steps = new StepRows(rows, ids, seed);
		PlanRows plans = new PlanRows(rows, ids);
		RoundRows rounds = new RoundRows(rows, ids, steps, connection);
		try (Ahead ahead = new Ahead(options, settings, seed, this.json)) {
			for (int r = 0; r < regions.size(); r++) {
				Region region = regions.get(r);
				organization.regionUsers(region.id(), region.code());
				for (int a = 0; a < options.agencies(); a++) {
					AgencyContent content = ahead.next();
					Agency agency = organization.agency(region.id(), options.agencyCode(r, a), a, options.units());
					plans.write(agency.id(), content.plan(), at, agency.users().get(Role.PLANNER));
					long sop = steps.revision(agency, content.sop(), options.year(), at);
					rounds.write(agency, region.id(), region.code(), sop, options.year(), content);
					rows.flushIfFull();
				}
				rows.flush();
				if (commit) {
					connection.commit();
				}
				progress(r + 1, regions.size(), rows, started);
			}
		}
		return rows;
	}

	private void refuseExisting(Connection connection, GeneratorOptions options) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select count(*) from region where code = ?")) {
			statement.setString(1, options.regionCode(0));
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				if (rs.getLong(1) > 0) {
					throw new IllegalStateException("Region " + options.regionCode(0)
							+ " exists already: generate into an empty database or choose another --prefix");
				}
			}
		}
	}

	private SopDefinition seedSop() {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(SEED_SOP)) {
			return this.sops.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fresh statistics, so that the first queries after a bulk load plan well. */
	private static void analyze(Connection connection) throws SQLException {
		if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze");
			}
		}
	}

	private static void progress(int done, int total, Rows rows, long started) {
		if (done == total || done % Math.max(1, total / 20) == 0) {
			double seconds = (System.nanoTime() - started) / 1e9;
			long entries = rows.counts().get("round_entry");
			log.info("{}/{} regions, {} round entries in {} s ({} entries/s)", done, total, entries,
					String.format("%.1f", seconds), Math.round(entries / seconds));
		}
	}

	/** What was generated: rows per table and the time it took. */
	public record Summary(GeneratorOptions options, Map<String, Long> rows, double seconds) {

		public long total() {
			return this.rows.values().stream().mapToLong(Long::longValue).sum();
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			text.append(String.format("Generated %d regions x %d agencies x %d-%d indicators (seed %d, year %d)%n",
					this.options.regions(), this.options.agencies(), this.options.minIndicators(),
					this.options.maxIndicators(), this.options.seed(), this.options.year()));
			this.rows.forEach((table, count) -> text.append(String.format("  %-24s %,12d%n", table, count)));
			text.append(String.format("  %-24s %,12d rows in %.1f s (%,.0f rows/s)%n", "total", total(), this.seconds,
					total() / this.seconds));
			return text.toString();
		}

	}

}
