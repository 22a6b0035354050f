package id.ukur.generator;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Rows as JDBC batches of prepared inserts (H2, or PostgreSQL without COPY). */
final class BatchRows extends Rows {

	BatchRows(Connection connection) {
		super(connection);
	}

	@Override
	Table create(String name, List<String> columns) throws SQLException {
		String sql = "insert into " + name + " (" + String.join(", ", columns) + ") values ("
				+ "?, ".repeat(columns.size() - 1) + "?)";
		PreparedStatement statement = this.connection.prepareStatement(sql);
		return new Table() {

			private int batched;

			@Override
			public int columns() {
				return columns.size();
			}

			@Override
			public long add(Object[] values) throws SQLException {
				long size = 0;
				for (int i = 0; i < values.length; i++) {
					Object value = jdbc(values[i]);
					if (value == null) {
						statement.setNull(i + 1, Types.NULL);
					}
					else {
						statement.setObject(i + 1, value);
					}
					size += (value instanceof String text) ? text.length() : 8;
				}
				statement.addBatch();
				this.batched++;
				return size;
			}

			@Override
			public void flush() throws SQLException {
				if (this.batched > 0) {
					statement.executeBatch();
					this.batched = 0;
				}
			}

		};
	}

	private static Object jdbc(Object value) {
		if (value instanceof Instant instant) {
			return Timestamp.from(instant);
		}
		if (value instanceof LocalDate date) {
			return Date.valueOf(date);
		}
		if (value instanceof LocalTime time) {
			return Time.valueOf(time);
		}
		return value;
	}

}
