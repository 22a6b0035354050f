package id.ukur.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.Periods;
import id.ukur.plan.ValueType;
import id.ukur.shared.FieldProblem;

/**
 * Checks a whole plan and lists every problem with where it is (the JSON path); warnings
 * do not stop a save.
 */
final class PlanValidator {

	private final Set<String> unitCodes;

	private final List<FieldProblem> errors = new ArrayList<>();

	private final List<FieldProblem> warnings = new ArrayList<>();

	private final Set<String> nodeCodes = new HashSet<>();

	private final Set<String> indicatorCodes = new HashSet<>();

	private final PlanColumns columns = new PlanColumns(this.errors);

	private PlanValidator(Set<String> unitCodes) {
		this.unitCodes = unitCodes;
	}

	static PlanCheck check(Integer documentYear, int year, List<Node> roots, Set<String> unitCodes) {
		PlanValidator validator = new PlanValidator(unitCodes);
		if (documentYear != null && documentYear != year) {
			validator.errors.add(new FieldProblem("year", "plan.year.mismatch", documentYear, year));
		}
		roots.forEach((root) -> root.flatten().forEach(validator::node));
		return new PlanCheck(List.copyOf(validator.errors), List.copyOf(validator.warnings));
	}

	private void node(Node node) {
		String path = node.path();
		text(path + ".code", node.code(), 60);
		text(path + ".name", node.name(), 500);
		if (node.code() != null && !node.code().isBlank() && !this.nodeCodes.add(node.code().trim())) {
			this.errors.add(new FieldProblem(path + ".code", "plan.code.duplicate", node.code()));
		}
		unit(path + ".unitCode", node.unitCode(), false);
		this.columns.node(path, node);
		if (node.budget() != null && node.budget().signum() < 0) {
			this.errors.add(new FieldProblem(path + ".budget", "plan.amount.negative"));
		}
		BigDecimal spent = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> entry : node.spentByPeriod().entrySet()) {
			String field = path + ".spentByPeriod." + entry.getKey();
			if (!Periods.isQuarter(entry.getKey())) {
				this.errors.add(new FieldProblem(field, "plan.period.unknown", entry.getKey()));
			}
			if (entry.getValue().signum() < 0) {
				this.errors.add(new FieldProblem(field, "plan.amount.negative"));
			}
			spent = spent.add(entry.getValue());
		}
		if (node.budget() != null && spent.compareTo(node.budget()) > 0) {
			this.warnings.add(new FieldProblem(path + ".spentByPeriod", "plan.spent.overBudget", node.code()));
		}
		for (int i = 0; i < node.indicators().size(); i++) {
			indicator(path + ".indicators[" + i + "]", node.indicators().get(i));
		}
	}

	private void indicator(String path, IndicatorDoc in) {
		text(path + ".code", in.code(), 60);
		text(path + ".name", in.name(), 500);
		if (in.code() != null && !in.code().isBlank() && !this.indicatorCodes.add(in.code().trim())) {
			this.errors.add(new FieldProblem(path + ".code", "plan.indicator.duplicate", in.code()));
		}
		unit(path + ".unitCode", in.unitCode(), true);
		this.columns.indicator(path, in);
		required(path + ".polarity", in.polarity());
		required(path + ".aggregation", in.aggregation());
		if (in.polarity() == Polarity.HIGHER_IS_BETTER && in.formula() != null && in.formula() != Formula.RATIO) {
			this.errors.add(new FieldProblem(path + ".formula", "plan.formula.higher"));
		}
		if (in.polarity() == Polarity.LOWER_IS_BETTER && in.formula() == Formula.RATIO) {
			this.errors.add(new FieldProblem(path + ".formula", "plan.formula.lower"));
		}
		if (in.weight() != null && in.weight().signum() < 0) {
			this.errors.add(new FieldProblem(path + ".weight", "plan.weight.negative"));
		}
		IndicatorValues values = new IndicatorValues(path, in, this.errors);
		values.check();
		if (in.aggregation() == PeriodAggregation.CUMULATIVE && in.valueType() != ValueType.QUALITATIVE) {
			cumulativeSum(path, in);
		}
	}

	private void cumulativeSum(String path, IndicatorDoc in) {
		if (in.target() == null || !in.target().isNumber() || in.periodTargets().isEmpty()) {
			return;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (var target : in.periodTargets().values()) {
			if (target.value() == null) {
				return;
			}
			sum = sum.add(target.value());
		}
		if (sum.compareTo(in.target().number()) != 0) {
			this.warnings.add(new FieldProblem(path + ".periodTargets", "plan.periods.sumDiffers", in.code(),
					sum.stripTrailingZeros().toPlainString(), in.target().toString()));
		}
	}

	private void text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			this.errors.add(new FieldProblem(field, "validation.required"));
		}
		else if (value.length() > max) {
			this.errors.add(new FieldProblem(field, "validation.length.max", max));
		}
	}

	private void required(String field, Object value) {
		if (value == null) {
			this.errors.add(new FieldProblem(field, "validation.required"));
		}
	}

	private void unit(String field, String code, boolean required) {
		if (code == null || code.isBlank()) {
			if (required) {
				this.errors.add(new FieldProblem(field, "plan.unit.required"));
			}
		}
		else if (!this.unitCodes.contains(code)) {
			this.errors.add(new FieldProblem(field, "plan.unit.unknown", code));
		}
	}

	/** The outcome of a check. */
	record PlanCheck(List<FieldProblem> errors, List<FieldProblem> warnings) {
	}

}
