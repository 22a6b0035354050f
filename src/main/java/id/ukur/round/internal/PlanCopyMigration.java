package id.ukur.round.internal;

import id.ukur.shared.JavaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * V8_5_2: moves every round's plan copy from {@code measurement_round.plan_snapshot} into
 * {@code plan_copy} (created by V8_5_1), one row per distinct text, and points the round
 * at it; then the reference is required and {@code plan_snapshot} dropped. The text moves
 * unchanged, so every round reads the same plan as before; Java because SQL cannot hash
 * alike on H2 and PostgreSQL. Rounds are read a hundred at a time (a country's copies do
 * not fit in memory at once); only the hashes and ids are kept.
 */
@Component
class PlanCopyMigration extends JavaMigrations {

	private static final int BATCH = 100;

	PlanCopyMigration() {
		super("8.5.2", "plan copies stored once");
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		Map<String, Long> copies = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement("select id, ordered_at, plan_snapshot"
				+ " from measurement_round where id > ? order by id fetch first " + BATCH + " rows only");
				PreparedStatement insert = connection.prepareStatement(
						"insert into plan_copy (content_hash, document, stored_at) values (?, ?, ?)",
						new String[] { "id" });
				PreparedStatement point = connection
					.prepareStatement("update measurement_round set plan_copy_id = ? where id = ?")) {
			long after = 0;
			boolean more = true;
			while (more) {
				more = false;
				select.setLong(1, after);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						more = true;
						after = rows.getLong("id");
						String text = rows.getString("plan_snapshot");
						String hash = PlanCopies.hash(text);
						Long copy = copies.get(hash);
						if (copy == null) {
							// first stored when the first round using it was ordered
							copy = insert(insert, hash, text, rows.getTimestamp("ordered_at"));
							copies.put(hash, copy);
						}
						point.setLong(1, copy);
						point.setLong(2, after);
						point.addBatch();
					}
				}
				point.executeBatch();
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table measurement_round alter column plan_copy_id set not null");
			statement.execute("alter table measurement_round add constraint fk_round_plan_copy"
					+ " foreign key (plan_copy_id) references plan_copy (id)");
			statement.execute("alter table measurement_round drop column plan_snapshot");
		}
	}

	private static long insert(PreparedStatement insert, String hash, String text, java.sql.Timestamp at)
			throws SQLException {
		insert.setString(1, hash);
		insert.setString(2, text);
		insert.setTimestamp(3, at);
		insert.executeUpdate();
		try (ResultSet keys = insert.getGeneratedKeys()) {
			keys.next();
			return keys.getLong(1);
		}
	}

}
