package id.ukur.plan.internal;

import id.ukur.plan.PlanDocument;
import id.ukur.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plan's own validation for generated plans, without storing them: the errors and
 * warnings a save would report.
 */
public final class PlanChecks {

	private PlanChecks() {
	}

	public static List<FieldProblem> problems(PlanDocument document, Set<String> unitCodes) {
		PlanValidator.PlanCheck check = PlanValidator.check(document.year(), document.year(), PlanTree.roots(document),
				unitCodes);
		List<FieldProblem> problems = new ArrayList<>(check.errors());
		problems.addAll(check.warnings());
		return problems;
	}

}
