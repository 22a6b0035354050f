package id.ukur.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database the integration tests run on, chosen by the system property
 * {@code ukur.test.database}: {@code h2} (default, in memory) or {@code postgres} (a real
 * PostgreSQL 15 started from the Maven jar, once per test JVM, stopped when the JVM
 * exits).
 */
public final class TestDatabase {

	private static EmbeddedPostgres postgres;

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("ukur.test.database", "h2"));
	}

	public static synchronized String url() {
		if (!isPostgres()) {
			return "jdbc:h2:mem:ukur-test;MODE=PostgreSQL;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
		}
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
		}
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	/**
	 * A new, empty database of its own on the same server (an in-memory H2 database, or a
	 * database created on the PostgreSQL), for tests of a first start.
	 * @param name a name unique among the tests of the JVM
	 * @return its JDBC URL
	 */
	public static synchronized String fresh(String name) {
		if (!isPostgres()) {
			return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
		}
		url();
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url(), username(), "postgres");
				java.sql.Statement statement = connection.createStatement()) {
			statement.execute("create database " + name.replace('-', '_'));
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot create database " + name, ex);
		}
		return postgres.getJdbcUrl("postgres", name.replace('-', '_'));
	}

	public static String username() {
		return isPostgres() ? "postgres" : "sa";
	}

	private static synchronized void stop() {
		try {
			if (postgres != null) {
				postgres.close();
			}
		}
		catch (IOException ex) {
			// the JVM is exiting; nothing left to clean
		}
	}

}
