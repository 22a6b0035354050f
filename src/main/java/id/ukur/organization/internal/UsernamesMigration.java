package id.ukur.organization.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import id.ukur.shared.JavaMigrations;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Makes every stored username its normalised form (trimmed, lower case: see
 * {@link id.ukur.organization.Usernames}) and has the database hold it from then on: a
 * check that the stored name is its own normal form, so that the unique key on
 * {@code username} is a unique key on the normalised name. Names that would collide are
 * reported by name and nothing is changed: an operator decides which account keeps the
 * name. Spring Boot hands this bean to Flyway like {@code SopReadingsMigration}.
 */
@Component
class UsernamesMigration extends JavaMigrations {

	private static final String NORMAL = "lower(trim(username))";

	UsernamesMigration() {
		super("8.3.1", "usernames normalised");
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			List<String> clashes = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("select " + NORMAL + " as normal from app_user group by "
					+ NORMAL + " having count(*) > 1 order by " + NORMAL)) {
				while (rows.next()) {
					clashes.add(rows.getString("normal"));
				}
			}
			if (!clashes.isEmpty()) {
				throw new FlywayException("Usernames that differ only in upper/lower case or spaces belong to"
						+ " different accounts: " + String.join(", ", clashes) + ". Rename all but one of each"
						+ " (update app_user set username = ... where id = ...) and start again.");
			}
			statement.executeUpdate("update app_user set username = " + NORMAL + " where username <> " + NORMAL);
			statement.executeUpdate("alter table app_user add constraint ck_app_user_username_normal check"
					+ " (username = " + NORMAL + ")");
		}
	}

}
