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

	/**
	 * The migration that wrote the figures of the recaps stored before them (V8_6_2).
	 */
	public static org.flywaydb.core.api.migration.JavaMigration figureMigration(
			tools.jackson.databind.json.JsonMapper json) {
		return new FigureMigration(json);
	}

	/**
	 * The figures a calculation writes of a recap with its plan ({@code recap_figure}).
	 */
	public static java.util.List<id.ukur.round.Figure> figures(id.ukur.round.Recap recap,
			id.ukur.plan.PlanOutline outline) {
		return FigureStore.figures(recap, outline);
	}

}
