package id.ukur.shared;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * What every Java migration of Ukur answers alike: a fixed version and description (the
 * beans keep their names, so Flyway's naming convention does not apply), no checksum and
 * one transaction. Spring Boot hands the beans to Flyway, which runs each once, between
 * the SQL migrations by version.
 */
public abstract class JavaMigrations implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	protected JavaMigrations(String version, String description) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

}
