package id.ukur.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.ukur.calculation.Budgets;

/**
 * A plan document as one tree of nodes of any level, for pages and printed documents that
 * walk the hierarchy.
 */
public record PlanOutline(List<OutlineNode> roots) {

	/**
	 * @return the outline of a document
	 */
	public static PlanOutline of(PlanDocument document) {
		List<OutlineNode> roots = new ArrayList<>();
		for (PlanDocument.GoalDoc goal : document.goals()) {
			List<OutlineNode> objectives = new ArrayList<>();
			for (PlanDocument.ObjectiveDoc objective : goal.objectives()) {
				List<OutlineNode> programs = new ArrayList<>();
				for (PlanDocument.ProgramDoc program : objective.programs()) {
					List<OutlineNode> activities = new ArrayList<>();
					for (PlanDocument.ActivityDoc activity : program.activities()) {
						List<OutlineNode> subs = activity.subActivities()
							.stream()
							.map((sub) -> node(NodeKind.SUB_ACTIVITY, sub.code(), sub.name(), sub.unitCode(),
									sub.budget(), sub.spentByPeriod(), sub.indicators(), List.of(), 4))
							.toList();
						activities.add(node(NodeKind.ACTIVITY, activity.code(), activity.name(), activity.unitCode(),
								activity.budget(), activity.spentByPeriod(), activity.indicators(), subs, 3));
					}
					programs.add(node(NodeKind.PROGRAM, program.code(), program.name(), program.unitCode(),
							program.budget(), program.spentByPeriod(), program.indicators(), activities, 2));
				}
				objectives.add(node(NodeKind.OBJECTIVE, objective.code(), objective.name(), objective.unitCode(), null,
						Map.of(), objective.indicators(), programs, 1));
			}
			roots.add(node(NodeKind.GOAL, goal.code(), goal.name(), goal.unitCode(), null, Map.of(), goal.indicators(),
					objectives, 0));
		}
		return new PlanOutline(roots);
	}

	private static OutlineNode node(NodeKind kind, String code, String name, String unitCode, BigDecimal budget,
			Map<String, BigDecimal> spent, List<IndicatorDoc> indicators, List<OutlineNode> children, int depth) {
		BigDecimal total = spent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new OutlineNode(kind, code, name, unitCode, budget, spent, spent.isEmpty() ? null : total,
				(budget != null && !spent.isEmpty()) ? Budgets.absorption(total, budget) : null, indicators, children,
				depth);
	}

	/**
	 * @return every node, depth first
	 */
	public List<OutlineNode> all() {
		List<OutlineNode> all = new ArrayList<>();
		this.roots.forEach((root) -> root.collect(all));
		return all;
	}

	/**
	 * @return every indicator with the node it belongs to, in plan order
	 */
	public List<Placed> indicators() {
		List<Placed> placed = new ArrayList<>();
		for (OutlineNode node : all()) {
			node.indicators().forEach((indicator) -> placed.add(new Placed(node, indicator)));
		}
		return placed;
	}

	/** One node of any level with its spending total and absorption. */
	public record OutlineNode(NodeKind kind, String code, String name, String unitCode, BigDecimal budget,
			Map<String, BigDecimal> spentByPeriod, BigDecimal spent, BigDecimal absorption,
			List<IndicatorDoc> indicators, List<OutlineNode> children, int depth) {

		void collect(List<OutlineNode> all) {
			all.add(this);
			this.children.forEach((child) -> child.collect(all));
		}

	}

	/** An indicator and its node. */
	public record Placed(OutlineNode node, IndicatorDoc indicator) {
	}

}
