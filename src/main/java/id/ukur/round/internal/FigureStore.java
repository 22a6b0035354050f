package id.ukur.round.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanOutline;
import id.ukur.round.Figure;
import id.ukur.round.Recap;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code recap_figure} (docs/dashboards.md, "Figures"): a round's latest
 * calculation as one row per figure, replaced in the calculation's transaction.
 */
@Repository
class FigureStore {

	static final String COLUMNS = "kind, code, parent_code, name, unit_code, key_indicator, measure_unit, status,"
			+ " achievement, rating, provisional, needs_follow_up, target_text, actual_text, target_value,"
			+ " actual_value, budget, spent, absorption, efficiency, projection, at_risk, rating_label";

	/**
	 * @return the columns qualified by a table alias, for a query that joins the rounds
	 * (which have a {@code status} of their own)
	 */
	static String columns(String alias) {
		return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
	}

	static final String INSERT = "insert into recap_figure (round_id, agency_id, region_id, round_year, period,"
			+ " position, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
			+ " ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcOperations operations;

	FigureStore(JdbcClient jdbc, JdbcOperations operations) {
		this.jdbc = jdbc;
		this.operations = operations;
	}

	/**
	 * Replaces the round's figures with those of its new recap (the caller holds its
	 * lock).
	 */
	void replace(RoundRecord round, Recap recap, PlanOutline outline) {
		this.jdbc.sql("delete from recap_figure where round_id = ?").param(round.id).update();
		List<Figure> figures = figures(recap, outline);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			rows.add(row(round.id, round.agencyId, round.regionId, round.year, round.period.name(), i, figures.get(i)));
		}
		// one round trip for the 40–200 rows of a plan
		this.operations.batchUpdate(INSERT, rows);
	}

	/**
	 * The figures of a recap: the agency, the nodes, the indicators, each with the node
	 * above it and whether it is a key indicator as the round's plan copy says.
	 */
	static List<Figure> figures(Recap recap, PlanOutline outline) {
		Map<String, String> parents = new HashMap<>();
		Set<String> keys = new HashSet<>();
		for (PlanOutline.OutlineNode node : outline.all()) {
			node.children().forEach((child) -> parents.put(child.kind().name() + ":" + child.code(), node.code()));
		}
		for (PlanOutline.Placed placed : outline.indicators()) {
			IndicatorDoc indicator = placed.indicator();
			if (Boolean.TRUE.equals(indicator.key())) {
				keys.add(indicator.code());
			}
		}
		List<Figure> figures = new ArrayList<>();
		figures.add(node(recap.agency(), null));
		for (Recap.NodeResult n : recap.nodes()) {
			figures.add(node(n, parents.get(n.kind() + ":" + n.code())));
		}
		for (Recap.IndicatorResult r : recap.indicators()) {
			figures.add(new Figure(Figure.INDICATOR, r.indicatorCode(), r.nodeCode(), r.name(), r.unitCode(),
					keys.contains(r.indicatorCode()), r.measureUnit(), r.status(), r.achievement(), r.rating(),
					r.provisional(), r.needsFollowUp(), r.achievementTarget(), r.achievementActual(),
					(r.targetToDateValue() != null) ? r.targetToDateValue() : r.targetValue(),
					(r.actualToDateValue() != null) ? r.actualToDateValue() : r.actualValue(), null, null, null, null,
					(r.projection() != null) ? r.projection().achievement() : null,
					r.projection() != null && r.projection().atRisk(), r.ratingLabel()));
		}
		return figures;
	}

	private static Figure node(Recap.NodeResult n, String parent) {
		return new Figure(n.kind(), n.code(), parent, n.name(), null, false, null, null, n.achievement(), n.rating(),
				n.provisional(), false, null, null, null, null, n.budget(), n.spent(), n.absorption(),
				efficiencyCode(n), null, false, n.ratingLabel());
	}

	/** The verdict of a node; a recap stored with texts holds it at the start of them. */
	private static String efficiencyCode(Recap.NodeResult n) {
		if (n.efficiencyCode() != null) {
			return n.efficiencyCode();
		}
		if (n.efficiency() == null) {
			return null;
		}
		int colon = n.efficiency().indexOf(':');
		return (colon > 0) ? n.efficiency().substring(0, colon) : n.efficiency();
	}

	static Object[] row(long roundId, long agencyId, long regionId, int year, String period, int position, Figure f) {
		return new Object[] { roundId, agencyId, regionId, year, period, position, f.kind(), f.code(), f.parentCode(),
				f.name(), f.unitCode(), f.key(), f.measureUnit(), f.status(), f.achievement(), f.rating(),
				f.provisional(), f.needsFollowUp(), cut(f.target()), cut(f.actual()), f.targetValue(), f.actualValue(),
				f.budget(), f.spent(), f.absorption(), f.efficiency(), f.projection(), f.atRisk(), f.ratingLabel() };
	}

	private static String cut(String text) {
		return (text != null && text.length() > 200) ? text.substring(0, 200) : text;
	}

	static Figure map(ResultSet rs) throws SQLException {
		return new Figure(rs.getString("kind"), rs.getString("code"), rs.getString("parent_code"), rs.getString("name"),
				rs.getString("unit_code"), rs.getBoolean("key_indicator"), rs.getString("measure_unit"),
				rs.getString("status"), rs.getBigDecimal("achievement"), rs.getString("rating"),
				rs.getBoolean("provisional"), rs.getBoolean("needs_follow_up"), rs.getString("target_text"),
				rs.getString("actual_text"), number(rs, "target_value"), number(rs, "actual_value"),
				rs.getBigDecimal("budget"), rs.getBigDecimal("spent"), rs.getBigDecimal("absorption"),
				rs.getString("efficiency"), rs.getBigDecimal("projection"), rs.getBoolean("at_risk"),
				rs.getString("rating_label"));
	}

	private static BigDecimal number(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? value.stripTrailingZeros() : null;
	}

}
