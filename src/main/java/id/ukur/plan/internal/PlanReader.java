package id.ukur.plan.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.plan.Decimals;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.NodeKind;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanValue;
import id.ukur.plan.ValueType;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads a stored plan back into a tree, in the order it was written. */
final class PlanReader {

	private final JdbcClient jdbc;

	PlanReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlanStore.StoredPlan> read(long agencyId, int year) {
		return this.jdbc
			.sql("select id, version, updated_at, updated_by from plan where agency_id = ? and plan_year = ?")
			.params(agencyId, year)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getTimestamp(3), rs.getString(4) })
			.optional()
			.map((head) -> new PlanStore.StoredPlan((Long) head[0], (Long) head[1], ((Timestamp) head[2]).toInstant(),
					(String) head[3], tree((Long) head[0])));
	}

	private List<Node> tree(long planId) {
		Map<Long, List<IndicatorDoc>> indicators = indicators(planId);
		Map<Long, Map<String, BigDecimal>> spending = new HashMap<>();
		this.jdbc
			.sql("select s.node_id, s.period, s.amount from plan_spending s join plan_node n on n.id = s.node_id"
					+ " where n.plan_id = ?")
			.param(planId)
			.query((ResultSet rs) -> {
				spending.computeIfAbsent(rs.getLong(1), (key) -> new LinkedHashMap<>())
					.put(rs.getString(2), rs.getBigDecimal(3));
			});
		List<NodeRow> rows = this.jdbc
			.sql("select id, parent_id, kind, code, name, unit_code, budget from plan_node where plan_id = ?"
					+ " order by sort_order")
			.param(planId)
			.query((rs, row) -> new NodeRow(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7)))
			.list();
		return children(null, rows, indicators, spending);
	}

	private List<Node> children(Long parentId, List<NodeRow> rows, Map<Long, List<IndicatorDoc>> indicators,
			Map<Long, Map<String, BigDecimal>> spending) {
		List<Node> nodes = new ArrayList<>();
		for (NodeRow row : rows) {
			if (java.util.Objects.equals(row.parentId(), parentId)) {
				nodes.add(new Node(NodeKind.valueOf(row.kind()), row.code(), row.name(), row.unitCode(),
						Decimals.clean(row.budget()), spending.getOrDefault(row.id(), Map.of()),
						indicators.getOrDefault(row.id(), List.of()), children(row.id(), rows, indicators, spending),
						row.code()));
			}
		}
		return nodes;
	}

	private Map<Long, List<IndicatorDoc>> indicators(long planId) {
		String ids = "(select id from indicator where plan_id = " + planId + ")";
		Map<Long, Map<String, PeriodTarget>> targets = new HashMap<>();
		this.jdbc
			.sql("select indicator_id, period, target_value, target_text, target_min, target_max"
					+ " from indicator_period_target where indicator_id in " + ids)
			.query((ResultSet rs) -> {
				PeriodTarget target = (rs.getBigDecimal(5) != null || rs.getBigDecimal(6) != null)
						? PeriodTarget.range(rs.getBigDecimal(5), rs.getBigDecimal(6)) : (rs.getString(4) != null)
								? PeriodTarget.of(rs.getString(4)) : PeriodTarget.of(rs.getBigDecimal(3));
				targets.computeIfAbsent(rs.getLong(1), (key) -> new LinkedHashMap<>()).put(rs.getString(2), target);
			});
		Map<Long, List<IndicatorDoc.ScaleValue>> scales = new HashMap<>();
		this.jdbc
			.sql("select indicator_id, scale_value, score from indicator_scale where indicator_id in " + ids
					+ " order by indicator_id, sort_order")
			.query((ResultSet rs) -> {
				scales.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
					.add(new IndicatorDoc.ScaleValue(rs.getString(2), rs.getBigDecimal(3)));
			});
		Map<Long, Map<String, PlanValue>> actuals = new HashMap<>();
		this.jdbc
			.sql("select indicator_id, period, actual_value, actual_text from indicator_actual where indicator_id in "
					+ ids)
			.query((ResultSet rs) -> {
				actuals.computeIfAbsent(rs.getLong(1), (key) -> new LinkedHashMap<>())
					.put(rs.getString(2), value(rs.getBigDecimal(3), rs.getString(4)));
			});
		Map<Long, List<IndicatorDoc>> byNode = new HashMap<>();
		this.jdbc.sql("select * from indicator where plan_id = ? order by sort_order")
			.param(planId)
			.query((ResultSet rs) -> {
				long id = rs.getLong("id");
				byNode.computeIfAbsent(rs.getLong("node_id"), (key) -> new ArrayList<>())
					.add(indicator(rs, targets.get(id), scales.get(id), actuals.get(id)));
			});
		return byNode;
	}

	private static IndicatorDoc indicator(ResultSet rs, Map<String, PeriodTarget> targets,
			List<IndicatorDoc.ScaleValue> scale, Map<String, PlanValue> actuals) throws SQLException {
		return new IndicatorDoc(rs.getString("code"), rs.getString("name"), rs.getString("measure_unit"),
				rs.getBoolean("key_indicator"), rs.getString("definition"), rs.getString("formulation"),
				rs.getString("data_source"), parse(Polarity.class, rs.getString("polarity")),
				parse(Formula.class, rs.getString("formula")),
				parse(PeriodAggregation.class, rs.getString("aggregation")),
				parse(ValueType.class, rs.getString("value_type")), rs.getString("unit_code"),
				rs.getBigDecimal("weight"), value(rs.getBigDecimal("baseline_value"), rs.getString("baseline_text")),
				value(rs.getBigDecimal("end_target_value"), rs.getString("end_target_text")),
				value(rs.getBigDecimal("target_value"), rs.getString("target_text")), rs.getBigDecimal("target_min"),
				rs.getBigDecimal("target_max"), targets, scale, actuals);
	}

	private static PlanValue value(BigDecimal number, String text) {
		if (number != null) {
			return PlanValue.of(number);
		}
		return (text != null) ? PlanValue.of(text) : null;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

	private record NodeRow(long id, Long parentId, String kind, String code, String name, String unitCode,
			BigDecimal budget) {
	}

}
