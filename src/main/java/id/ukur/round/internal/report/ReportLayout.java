package id.ukur.round.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.ukur.round.Recap;
import id.ukur.round.Recap.IndicatorResult;
import id.ukur.round.Recap.NodeResult;

/**
 * The two tables of the report, shared by the PDF and the workbook so that both print the
 * same rows in the same order: the goals and objectives with their indicators, and the
 * budgeted programs, activities and sub-activities.
 *
 * @param groups the goals (only those with indicators of their own) and every objective,
 * in plan order
 * @param budgets the programs, activities and sub-activities that have a budget, in plan
 * order
 * @param agency the agency's roll-up and budget totals
 */
public record ReportLayout(List<Group> groups, List<BudgetRow> budgets, NodeResult agency) {

	private static final Set<String> BUDGETED = Set.of("PROGRAM", "ACTIVITY", "SUB_ACTIVITY");

	/**
	 * @return the layout of a recap
	 */
	static ReportLayout of(Recap recap) {
		List<Group> groups = new ArrayList<>();
		List<BudgetRow> budgets = new ArrayList<>();
		Outline numbers = new Outline();
		for (NodeResult node : recap.nodes()) {
			if ("GOAL".equals(node.kind()) || "OBJECTIVE".equals(node.kind())) {
				List<IndicatorResult> own = recap.indicators()
					.stream()
					.filter((indicator) -> node.code().equals(indicator.nodeCode()))
					.toList();
				// a goal without indicators would only repeat its objectives
				if ("OBJECTIVE".equals(node.kind()) || !own.isEmpty()) {
					String number = String.valueOf(groups.size() + 1);
					List<Line> lines = new ArrayList<>();
					for (IndicatorResult indicator : own) {
						lines.add(new Line(number + "." + (lines.size() + 1), indicator));
					}
					groups.add(new Group(number, node, lines));
				}
			}
			else if (BUDGETED.contains(node.kind()) && node.budget() != null) {
				budgets.add(new BudgetRow(numbers.next(BudgetRow.level(node.kind())), node));
			}
		}
		return new ReportLayout(List.copyOf(groups), List.copyOf(budgets), recap.agency());
	}

	/**
	 * A goal or objective with its roll-up and its indicators.
	 *
	 * @param number {@code 1}, {@code 2}, … in the order printed
	 */
	public record Group(String number, NodeResult node, List<Line> lines) {

		/**
		 * @return whether this is a goal (tujuan) rather than an objective
		 */
		public boolean goal() {
			return "GOAL".equals(this.node.kind());
		}

	}

	/**
	 * One indicator of a group.
	 *
	 * @param number {@code 1.1}, {@code 1.2}, … under its group's number
	 */
	public record Line(String number, IndicatorResult result) {

		/**
		 * @return whether the unit has reported a value: otherwise the report says so
		 * rather than showing an empty or zero actual
		 */
		public boolean reported() {
			return this.result.actual() != null && !"NOT_REPORTED".equals(this.result.status());
		}

	}

	/**
	 * A budgeted program, activity or sub-activity.
	 *
	 * @param number {@code 1} for a program, {@code 1.2} for its second activity,
	 * {@code 1.2.1} for that activity's first sub-activity
	 */
	public record BudgetRow(String number, NodeResult node) {

		/**
		 * @return the indentation level under the first budgeted level (programs 0)
		 */
		public int indent() {
			return level(this.node.kind());
		}

		static int level(String kind) {
			return switch (kind) {
				case "ACTIVITY" -> 1;
				case "SUB_ACTIVITY" -> 2;
				default -> 0;
			};
		}

	}

	/**
	 * Outline numbers ({@code 1}, {@code 1.1}, {@code 1.1.1}) for rows that come in tree
	 * order, each at a level from 0.
	 */
	private static final class Outline {

		private final int[] counters = new int[3];

		String next(int level) {
			this.counters[level]++;
			for (int deeper = level + 1; deeper < this.counters.length; deeper++) {
				this.counters[deeper] = 0;
			}
			StringBuilder number = new StringBuilder();
			for (int i = 0; i <= level; i++) {
				// an activity without a budgeted program above it still gets a number
				number.append((i > 0) ? "." : "").append(Math.max(this.counters[i], 1));
			}
			return number.toString();
		}

	}

}
