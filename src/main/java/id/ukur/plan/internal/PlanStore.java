package id.ukur.plan.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanValue;
import id.ukur.shared.ConflictException;
import id.ukur.shared.OptimisticLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes a plan tree as rows (replacing the previous ones) and reads it back. */
@Repository
class PlanStore {

	private final JdbcClient jdbc;

	private final PlanReader reader;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.reader = new PlanReader(jdbc);
	}

	Optional<StoredPlan> read(long agencyId, int year) {
		return this.reader.read(agencyId, year);
	}

	/**
	 * @return the day the year's PK was signed, empty when it is not (or there is no
	 * plan)
	 */
	Optional<java.time.LocalDate> pkSignedOn(long agencyId, int year) {
		return this.jdbc.sql("select pk_signed_on from plan where agency_id = ? and plan_year = ?")
			.params(agencyId, year)
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, java.time.LocalDate.class)))
			.optional()
			.flatMap((day) -> day);
	}

	/** Sets or clears (null) the day the year's PK was signed. */
	void signPk(long planId, java.time.LocalDate day) {
		this.jdbc.sql("update plan set pk_signed_on = ? where id = ?").params(day, planId).update();
	}

	List<Integer> years(long agencyId) {
		return this.jdbc.sql("select plan_year from plan where agency_id = ? order by plan_year")
			.param(agencyId)
			.query(Integer.class)
			.list();
	}

	/**
	 * Replaces the plan's rows. The caller holds the transaction and has validated the
	 * tree.
	 * @return the new version
	 */
	long replace(long agencyId, int year, Long expectedVersion, List<Node> roots, String username, Instant now) {
		Optional<Long> planId = this.jdbc.sql("select id from plan where agency_id = ? and plan_year = ?")
			.params(agencyId, year)
			.query(Long.class)
			.optional();
		long id;
		long version;
		if (planId.isEmpty()) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			this.jdbc
				.sql("insert into plan (agency_id, plan_year, version, updated_at, updated_by) values (?, ?, 0, ?, ?)")
				.params(agencyId, year, Timestamp.from(now), username)
				.update(key, "id");
			id = key.getKey().longValue();
			version = 0;
		}
		else {
			id = planId.get();
			// the version the writer saw, when it sent one, must still be current
			// (optimistic lock)
			OptimisticLock update = OptimisticLock.update(this.jdbc, "plan", "updated_at = ?, updated_by = ?")
				.values(Timestamp.from(now), username);
			if (expectedVersion == null) {
				if (!update.applyUnchecked(id)) {
					throw new ConflictException(OptimisticLock.STALE);
				}
				version = this.jdbc.sql("select version from plan where id = ?").param(id).query(Long.class).single();
			}
			else {
				version = update.apply(id, expectedVersion);
			}
			deleteRows(id);
		}
		int[] order = { 0 };
		for (Node root : roots) {
			insertNode(id, null, root, order);
		}
		return version;
	}

	private void deleteRows(long planId) {
		String indicators = "(select id from indicator where plan_id = " + planId + ")";
		this.jdbc.sql("delete from indicator_actual where indicator_id in " + indicators).update();
		this.jdbc.sql("delete from indicator_scale where indicator_id in " + indicators).update();
		this.jdbc.sql("delete from indicator_period_target where indicator_id in " + indicators).update();
		this.jdbc.sql("delete from indicator where plan_id = ?").param(planId).update();
		this.jdbc.sql("delete from plan_spending where node_id in (select id from plan_node where plan_id = ?)")
			.param(planId)
			.update();
		this.jdbc.sql("update plan_node set parent_id = null where plan_id = ?").param(planId).update();
		this.jdbc.sql("delete from plan_node where plan_id = ?").param(planId).update();
	}

	private void insertNode(long planId, Long parentId, Node node, int[] order) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into plan_node (plan_id, parent_id, kind, code, name, unit_code, budget, sort_order)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(planId, parentId, node.kind().name(), node.code(), node.name(), node.unitCode(), node.budget(),
					order[0]++)
			.update(key, "id");
		long nodeId = key.getKey().longValue();
		node.spentByPeriod()
			.forEach((period, amount) -> this.jdbc
				.sql("insert into plan_spending (node_id, period, amount) values (?, ?, ?)")
				.params(nodeId, period, amount)
				.update());
		for (IndicatorDoc indicator : node.indicators()) {
			insertIndicator(planId, nodeId, indicator, order[0]++);
		}
		for (Node child : node.children()) {
			insertNode(planId, nodeId, child, order);
		}
	}

	private void insertIndicator(long planId, long nodeId, IndicatorDoc in, int order) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into indicator (plan_id, node_id, code, name, measure_unit, key_indicator, definition,"
				+ " formulation, data_source, polarity, formula, aggregation, value_type, unit_code, weight,"
				+ " baseline_value, baseline_text, end_target_value, end_target_text, target_value, target_text,"
				+ " target_min, target_max, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?, ?, ?)")
			.params(planId, nodeId, in.code(), in.name(), in.measureUnit(), in.key(), in.definition(), in.formulation(),
					in.dataSource(), name(in.polarity()), name(in.formula()), name(in.aggregation()),
					name(in.valueType()), in.unitCode(), in.weight(), number(in.baseline()), text(in.baseline()),
					number(in.endTarget()), text(in.endTarget()), number(in.target()), text(in.target()),
					in.targetMin(), in.targetMax(), order)
			.update(key, "id");
		long id = key.getKey().longValue();
		for (Map.Entry<String, PeriodTarget> entry : in.periodTargets().entrySet()) {
			PeriodTarget target = entry.getValue();
			this.jdbc
				.sql("insert into indicator_period_target (indicator_id, period, target_value, target_text,"
						+ " target_min, target_max) values (?, ?, ?, ?, ?, ?)")
				.params(id, entry.getKey(), target.value(), target.text(), target.min(), target.max())
				.update();
		}
		if (in.scale() != null) {
			for (int i = 0; i < in.scale().size(); i++) {
				this.jdbc.sql(
						"insert into indicator_scale (indicator_id, sort_order, scale_value, score) values (?, ?, ?, ?)")
					.params(id, i, in.scale().get(i).value(), in.scale().get(i).score())
					.update();
			}
		}
		if (in.actuals() != null) {
			in.actuals()
				.forEach((period, actual) -> this.jdbc.sql(
						"insert into indicator_actual (indicator_id, period, actual_value, actual_text) values (?, ?, ?, ?)")
					.params(id, period, number(actual), text(actual))
					.update());
		}
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static BigDecimal number(PlanValue value) {
		return (value != null) ? value.number() : null;
	}

	private static String text(PlanValue value) {
		return (value != null) ? value.text() : null;
	}

	/** A plan as stored: its version, who changed it last and when, and its tree. */
	record StoredPlan(long id, long version, Instant updatedAt, String updatedBy, List<Node> roots) {
	}

}
