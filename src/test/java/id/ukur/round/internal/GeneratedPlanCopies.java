package id.ukur.round.internal;

/**
 * The plan copies as the round module stores them, for the data generator and the
 * migration's test: the content hash an identical copy is found by
 * ({@link PlanCopies#hash}) and the migration that moved them.
 */
public final class GeneratedPlanCopies {

	private GeneratedPlanCopies() {
	}

	public static String hash(String document) {
		return PlanCopies.hash(document);
	}

	/**
	 * The migration that moved the rounds' plan copies into {@code plan_copy} (V8_5_2).
	 */
	public static org.flywaydb.core.api.migration.JavaMigration migration() {
		return new PlanCopyMigration();
	}

}
