package id.ukur.plan.internal;

import java.util.ArrayList;
import java.util.List;

import id.ukur.plan.NodeKind;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanDocument.ActivityDoc;
import id.ukur.plan.PlanDocument.GoalDoc;
import id.ukur.plan.PlanDocument.ObjectiveDoc;
import id.ukur.plan.PlanDocument.ProgramDoc;
import id.ukur.plan.PlanDocument.SubActivityDoc;

/** Converts between the level-specific document records and the generic node tree. */
final class PlanTree {

	private PlanTree() {
	}

	static List<Node> roots(PlanDocument document) {
		List<Node> roots = new ArrayList<>();
		for (int g = 0; g < document.goals().size(); g++) {
			GoalDoc goal = document.goals().get(g);
			String path = "goals[" + g + "]";
			List<Node> objectives = new ArrayList<>();
			for (int o = 0; o < goal.objectives().size(); o++) {
				objectives.add(objective(goal.objectives().get(o), path + ".objectives[" + o + "]"));
			}
			roots.add(new Node(NodeKind.GOAL, goal.code(), goal.name(), goal.unitCode(), null, java.util.Map.of(),
					goal.indicators(), objectives, path));
		}
		return roots;
	}

	private static Node objective(ObjectiveDoc objective, String path) {
		List<Node> programs = new ArrayList<>();
		for (int p = 0; p < objective.programs().size(); p++) {
			programs.add(program(objective.programs().get(p), path + ".programs[" + p + "]"));
		}
		return new Node(NodeKind.OBJECTIVE, objective.code(), objective.name(), objective.unitCode(), null,
				java.util.Map.of(), objective.indicators(), programs, path);
	}

	private static Node program(ProgramDoc program, String path) {
		List<Node> activities = new ArrayList<>();
		for (int a = 0; a < program.activities().size(); a++) {
			activities.add(activity(program.activities().get(a), path + ".activities[" + a + "]"));
		}
		return new Node(NodeKind.PROGRAM, program.code(), program.name(), program.unitCode(), program.budget(),
				program.spentByPeriod(), program.indicators(), activities, path);
	}

	private static Node activity(ActivityDoc activity, String path) {
		List<Node> subs = new ArrayList<>();
		for (int s = 0; s < activity.subActivities().size(); s++) {
			SubActivityDoc sub = activity.subActivities().get(s);
			subs.add(new Node(NodeKind.SUB_ACTIVITY, sub.code(), sub.name(), sub.unitCode(), sub.budget(),
					sub.spentByPeriod(), sub.indicators(), List.of(), path + ".subActivities[" + s + "]"));
		}
		return new Node(NodeKind.ACTIVITY, activity.code(), activity.name(), activity.unitCode(), activity.budget(),
				activity.spentByPeriod(), activity.indicators(), subs, path);
	}

	static PlanDocument document(int year, Long version, List<Node> roots) {
		return new PlanDocument(year, version, roots.stream().map(PlanTree::goal).toList());
	}

	private static GoalDoc goal(Node node) {
		return new GoalDoc(node.code(), node.name(), node.unitCode(), node.indicators(),
				node.children().stream().map(PlanTree::objective).toList());
	}

	private static ObjectiveDoc objective(Node node) {
		return new ObjectiveDoc(node.code(), node.name(), node.unitCode(), node.indicators(),
				node.children().stream().map(PlanTree::program).toList());
	}

	private static ProgramDoc program(Node node) {
		return new ProgramDoc(node.code(), node.name(), node.unitCode(), node.budget(), node.spentByPeriod(),
				node.indicators(), node.children().stream().map(PlanTree::activity).toList());
	}

	private static ActivityDoc activity(Node node) {
		return new ActivityDoc(node.code(), node.name(), node.unitCode(), node.budget(), node.spentByPeriod(),
				node.indicators(),
				node.children()
					.stream()
					.map((sub) -> new SubActivityDoc(sub.code(), sub.name(), sub.unitCode(), sub.budget(),
							sub.spentByPeriod(), sub.indicators()))
					.toList());
	}

}
