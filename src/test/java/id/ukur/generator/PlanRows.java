package id.ukur.generator;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.NodeKind;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanDocument.ActivityDoc;
import id.ukur.plan.PlanDocument.GoalDoc;
import id.ukur.plan.PlanDocument.ObjectiveDoc;
import id.ukur.plan.PlanDocument.ProgramDoc;
import id.ukur.plan.PlanValue;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A plan document as the plan module stores it: nodes depth first, each followed by its
 * indicators, with one running sort order (as {@code PlanStore} writes them).
 */
final class PlanRows {

	private final Rows rows;

	private final Ids ids;

	private long planId;

	private int order;

	PlanRows(Rows rows, Ids ids) {
		this.rows = rows;
		this.ids = ids;
	}

	static void declare(Rows rows) throws SQLException {
		rows.table("plan", "id", "agency_id", "plan_year", "version", "updated_at", "updated_by");
		rows.table("plan_node", "id", "plan_id", "parent_id", "kind", "code", "name", "unit_code", "budget",
				"sort_order");
		rows.table("plan_spending", "node_id", "period", "amount");
		rows.table("indicator", "id", "plan_id", "node_id", "code", "name", "measure_unit", "key_indicator",
				"definition", "formulation", "data_source", "polarity", "formula", "aggregation", "value_type",
				"unit_code", "weight", "baseline_value", "baseline_text", "end_target_value", "end_target_text",
				"target_value", "target_text", "target_min", "target_max", "sort_order");
		rows.table("indicator_period_target", "indicator_id", "period", "target_value", "target_text", "target_min",
				"target_max");
		rows.table("indicator_scale", "indicator_id", "sort_order", "scale_value", "score");
	}

	void write(long agencyId, PlanDocument plan, Instant at, String by) throws SQLException {
		this.planId = this.ids.next("plan");
		this.order = 0;
		this.rows.add("plan", this.planId, agencyId, plan.year(), 0L, at, by);
		for (GoalDoc goal : plan.goals()) {
			long goalId = node(null, NodeKind.GOAL, goal.code(), goal.name(), goal.unitCode(), null, Map.of(),
					goal.indicators());
			for (ObjectiveDoc objective : goal.objectives()) {
				long objectiveId = node(goalId, NodeKind.OBJECTIVE, objective.code(), objective.name(),
						objective.unitCode(), null, Map.of(), objective.indicators());
				for (ProgramDoc program : objective.programs()) {
					long programId = node(objectiveId, NodeKind.PROGRAM, program.code(), program.name(),
							program.unitCode(), program.budget(), program.spentByPeriod(), program.indicators());
					for (ActivityDoc activity : program.activities()) {
						node(programId, NodeKind.ACTIVITY, activity.code(), activity.name(), activity.unitCode(),
								activity.budget(), activity.spentByPeriod(), activity.indicators());
					}
				}
			}
		}
	}

	private long node(Long parent, NodeKind kind, String code, String name, String unit, BigDecimal budget,
			Map<String, BigDecimal> spent, List<IndicatorDoc> indicators) throws SQLException {
		long id = this.ids.next("plan_node");
		this.rows.add("plan_node", id, this.planId, parent, kind.name(), code, name, unit, budget, this.order++);
		for (Map.Entry<String, BigDecimal> entry : spent.entrySet()) {
			this.rows.add("plan_spending", id, entry.getKey(), entry.getValue());
		}
		for (IndicatorDoc indicator : indicators) {
			indicator(id, indicator);
		}
		return id;
	}

	private void indicator(long nodeId, IndicatorDoc in) throws SQLException {
		long id = this.ids.next("indicator");
		this.rows.add("indicator", id, this.planId, nodeId, in.code(), in.name(), in.measureUnit(), in.key(),
				in.definition(), in.formulation(), in.dataSource(), name(in.polarity()), name(in.formula()),
				name(in.aggregation()), name(in.valueType()), in.unitCode(), in.weight(), number(in.baseline()),
				text(in.baseline()), number(in.endTarget()), text(in.endTarget()), number(in.target()),
				text(in.target()), in.targetMin(), in.targetMax(), this.order++);
		for (Map.Entry<String, PeriodTarget> entry : in.periodTargets().entrySet()) {
			PeriodTarget target = entry.getValue();
			this.rows.add("indicator_period_target", id, entry.getKey(), target.value(), target.text(), target.min(),
					target.max());
		}
		if (in.scale() != null) {
			for (int i = 0; i < in.scale().size(); i++) {
				this.rows.add("indicator_scale", id, i, in.scale().get(i).value(), in.scale().get(i).score());
			}
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

}
