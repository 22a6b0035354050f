package id.ukur.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows written in bulk, table by table: JDBC batches on any database, COPY on PostgreSQL.
 * A flush writes the tables in the order they were first named, so that rows refer only
 * to rows already written; the caller commits.
 */
abstract class Rows {

	/** Pending characters (roughly) after which {@link #flushIfFull()} writes. */
	private static final long LIMIT = 4L * 1024 * 1024;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final Map<String, Long> counts = new LinkedHashMap<>();

	protected final Connection connection;

	private long pending;

	protected Rows(Connection connection) {
		this.connection = connection;
	}

	static Rows open(Connection connection, boolean copy) throws SQLException {
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		return (postgres && copy) ? new CopyRows(connection) : new BatchRows(connection);
	}

	/** Declares a table with the columns rows give values for, in that order. */
	final void table(String name, String... columns) throws SQLException {
		this.tables.put(name, create(name, List.of(columns)));
		this.counts.put(name, 0L);
	}

	/**
	 * Adds a row: values are null, strings, numbers, booleans, instants, dates and times.
	 */
	final void add(String table, Object... values) throws SQLException {
		Table target = this.tables.get(table);
		if (target == null || values.length != target.columns()) {
			throw new IllegalArgumentException("Undeclared table or wrong column count: " + table);
		}
		this.pending += target.add(values);
		this.counts.merge(table, 1L, Long::sum);
	}

	final void flushIfFull() throws SQLException {
		if (this.pending > LIMIT) {
			flush();
		}
	}

	final void flush() throws SQLException {
		for (Table table : this.tables.values()) {
			table.flush();
		}
		this.pending = 0;
	}

	/** Rows added per table so far. */
	final Map<String, Long> counts() {
		return new LinkedHashMap<>(this.counts);
	}

	final List<String> tableNames() {
		return new ArrayList<>(this.tables.keySet());
	}

	abstract Table create(String name, List<String> columns) throws SQLException;

	/** One table's pending rows. */
	interface Table {

		int columns();

		/**
		 * @return about how many characters the row holds
		 */
		long add(Object[] values) throws SQLException;

		void flush() throws SQLException;

	}

}
