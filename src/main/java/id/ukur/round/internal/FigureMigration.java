package id.ukur.round.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.round.Figure;
import id.ukur.round.Recap;
import id.ukur.shared.JavaMigrations;
import id.ukur.shared.Numbers;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * V8_6_2: writes {@code recap_figure} (created by V8_6_1) for every round calculated
 * before it, from its stored recap and its plan copy, exactly as a calculation writes it
 * now ({@link FigureStore#figures}). Java because the recap is JSON; rounds are read a
 * hundred at a time, so that a country's recaps never sit in memory at once.
 */
@Component
class FigureMigration extends JavaMigrations {

	private static final int BATCH = 100;

	private final JsonMapper json;

	FigureMigration(JsonMapper json) {
		super("8.6.2", "recap figures");
		this.json = json;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (PreparedStatement select = connection
			.prepareStatement("select r.id, r.agency_id, r.region_id, r.round_year, r.period, r.recap, c.document"
					+ " from measurement_round r join plan_copy c on c.id = r.plan_copy_id"
					+ " where r.id > ? and r.recap is not null order by r.id fetch first " + BATCH + " rows only");
				PreparedStatement insert = connection.prepareStatement(FigureStore.INSERT)) {
			long after = 0;
			boolean more = true;
			while (more) {
				more = false;
				select.setLong(1, after);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						more = true;
						after = rows.getLong("id");
						add(insert, rows);
					}
				}
				insert.executeBatch();
			}
		}
	}

	private void add(PreparedStatement insert, ResultSet rows) throws SQLException {
		Recap recap = this.json.readerFor(Recap.class)
			.withAttribute(Numbers.STORED_JSON, true)
			.readValue(rows.getString("recap"));
		PlanDocument plan = this.json.readerFor(PlanDocument.class)
			.withAttribute(Numbers.STORED_JSON, true)
			.readValue(rows.getString("document"));
		List<Figure> figures = FigureStore.figures(recap, PlanOutline.of(plan));
		for (int i = 0; i < figures.size(); i++) {
			Object[] row = FigureStore.row(rows.getLong("id"), rows.getLong("agency_id"), rows.getLong("region_id"),
					rows.getInt("round_year"), rows.getString("period"), i, figures.get(i));
			for (int c = 0; c < row.length; c++) {
				insert.setObject(c + 1, row[c]);
			}
			insert.addBatch();
		}
	}

}
