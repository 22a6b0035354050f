package id.ukur.bench;

import id.ukur.generator.DataGenerator;
import id.ukur.generator.GeneratorCommand;
import id.ukur.generator.GeneratorOptions;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ukur on an embedded PostgreSQL 15 that the benchmark starts itself (zonky, from the
 * Maven jar) and drops when it ends.
 */
final class BenchApp implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final ConfigurableApplicationContext context;

	private BenchApp(EmbeddedPostgres postgres, ConfigurableApplicationContext context) {
		this.postgres = postgres;
		this.context = context;
	}

	static BenchApp start() throws IOException {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
			.start();
		ConfigurableApplicationContext context = GeneratorCommand.start(
				"spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"spring.datasource.username=postgres", "spring.datasource.password=postgres",
				"ukur.demo.enabled=false");
		return new BenchApp(postgres, context);
	}

	DataGenerator.Summary generate(String... options) throws SQLException {
		DataGenerator.Summary summary = GeneratorCommand.generator(this.context)
			.generate(GeneratorOptions.parse(options));
		System.out.print(summary);
		return summary;
	}

	/** The embedded database's JDBC address, for a node of its own. */
	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	JdbcClient jdbc() {
		return bean(JdbcClient.class);
	}

	CurrentUser user(String username) {
		return bean(UserAccounts.class).byUsername(username).orElseThrow();
	}

	@Override
	public void close() throws IOException {
		this.context.close();
		this.postgres.close();
	}

}
