package id.ukur.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Identifiers handed out by the generator itself, after the highest one of each table, so
 * that rows can refer to each other before anything is written; afterwards each table's
 * identity restarts above them. Assumes nobody else writes meanwhile.
 */
final class Ids {

	private final Map<String, Long> next = new LinkedHashMap<>();

	Ids(Connection connection, String... tables) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
					rs.next();
					this.next.put(table, rs.getLong(1) + 1);
				}
			}
		}
	}

	long next(String table) {
		long id = this.next.get(table);
		this.next.put(table, id + 1);
		return id;
	}

	/**
	 * Hands out the table's identifiers from {@code first} on, if higher than the next.
	 */
	void atLeast(String table, long first) {
		this.next.merge(table, first, Math::max);
	}

	/** Restarts every identity above the identifiers handed out. */
	void restart(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (Map.Entry<String, Long> entry : this.next.entrySet()) {
				statement
					.execute("alter table " + entry.getKey() + " alter column id restart with " + entry.getValue());
			}
		}
	}

}
