package id.ukur.shared.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Warns in the log, once at start, when the database is set up to acknowledge a commit
 * before it is written: then an answer 200 no longer means the data is kept
 * (docs/security.md, "Durability"). It only warns: an operator may have reasons (a
 * throw-away test installation), but must see that the promise is off.
 */
@Component
class DurabilityCheck {

	private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	DurabilityCheck(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		warnings().forEach(log::warn);
	}

	/** What the connected database does that breaks the promise; empty when it holds. */
	List<String> warnings() {
		String product;
		try (Connection connection = this.dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException ex) {
			return List.of("Cannot read the database's durability settings: " + ex.getMessage());
		}
		Map<String, String> settings = new LinkedHashMap<>();
		if ("PostgreSQL".equals(product)) {
			settings.put("fsync", this.jdbc.sql("show fsync").query(String.class).single());
			settings.put("synchronous_commit", this.jdbc.sql("show synchronous_commit").query(String.class).single());
		}
		else if ("H2".equals(product)) {
			// H2 lists the setting twice when the URL sets it
			this.jdbc.sql(
					"select distinct setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")
				.query(String.class)
				.list()
				.forEach(
						(value) -> settings.merge("WRITE_DELAY", value, (one, other) -> "0".equals(one) ? other : one));
		}
		return warnings(product, settings);
	}

	/**
	 * The rules: PostgreSQL must flush the write-ahead log at commit ({@code fsync} on,
	 * {@code synchronous_commit} not {@code off}); H2 must write the store at commit
	 * ({@code WRITE_DELAY=0}, which in-memory databases report too).
	 */
	static List<String> warnings(String product, Map<String, String> settings) {
		List<String> warnings = new ArrayList<>();
		if ("PostgreSQL".equals(product)) {
			if (!"on".equals(lower(settings.get("fsync")))) {
				warnings.add("PostgreSQL runs with fsync=" + settings.get("fsync")
						+ ": acknowledged saves can be lost when the machine stops; set fsync=on");
			}
			if ("off".equals(lower(settings.get("synchronous_commit")))) {
				warnings.add("PostgreSQL runs with synchronous_commit=off: saves answered 200 can be lost"
						+ " when the database server stops; set synchronous_commit=on");
			}
		}
		else if ("H2".equals(product) && !"0".equals(settings.get("WRITE_DELAY"))) {
			warnings.add("H2 runs with WRITE_DELAY=" + settings.get("WRITE_DELAY")
					+ ": saves answered 200 can be lost when the process stops; add ;WRITE_DELAY=0"
					+ " to spring.datasource.url");
		}
		return warnings;
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

}
