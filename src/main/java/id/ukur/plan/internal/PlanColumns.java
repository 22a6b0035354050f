package id.ukur.plan.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanValue;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.Numbers;

/**
 * Every text and number of a plan against the column that keeps it (V2_1__plan.sql), so
 * that a value too long or too large is refused before the save with its field named —
 * not by the database afterwards, which can only say that something conflicted.
 */
final class PlanColumns {

	/** numeric(24, 6): targets, baselines, actuals. */
	private static final int VALUE_WHOLE = 18;

	private static final int VALUE_DECIMALS = 6;

	/** numeric(20, 2): budgets and spending in rupiah. */
	private static final int MONEY_WHOLE = 18;

	private static final int MONEY_DECIMALS = 2;

	/** numeric(12, 4): weights and scale scores. */
	private static final int SMALL_WHOLE = 8;

	private static final int SMALL_DECIMALS = 4;

	/** varchar(100): a value written as text (a scale value). */
	private static final int VALUE_TEXT = 100;

	private final List<FieldProblem> errors;

	PlanColumns(List<FieldProblem> errors) {
		this.errors = errors;
	}

	void node(String path, Node node) {
		length(path + ".unitCode", node.unitCode(), 40);
		money(path + ".budget", node.budget());
		for (Map.Entry<String, BigDecimal> entry : node.spentByPeriod().entrySet()) {
			money(path + ".spentByPeriod." + entry.getKey(), entry.getValue());
		}
	}

	void indicator(String path, IndicatorDoc in) {
		length(path + ".measureUnit", in.measureUnit(), 60);
		length(path + ".definition", in.definition(), 2000);
		length(path + ".formulation", in.formulation(), 1000);
		length(path + ".dataSource", in.dataSource(), 500);
		length(path + ".unitCode", in.unitCode(), 40);
		fits(path + ".weight", in.weight(), SMALL_WHOLE, SMALL_DECIMALS);
		value(path + ".baseline", in.baseline());
		value(path + ".endTarget", in.endTarget());
		value(path + ".target", in.target());
		fits(path + ".targetMin", in.targetMin(), VALUE_WHOLE, VALUE_DECIMALS);
		fits(path + ".targetMax", in.targetMax(), VALUE_WHOLE, VALUE_DECIMALS);
		for (Map.Entry<String, PeriodTarget> entry : in.periodTargets().entrySet()) {
			String field = path + ".periodTargets." + entry.getKey();
			PeriodTarget target = entry.getValue();
			if (target != null) {
				fits(field, target.value(), VALUE_WHOLE, VALUE_DECIMALS);
				fits(field + ".min", target.min(), VALUE_WHOLE, VALUE_DECIMALS);
				fits(field + ".max", target.max(), VALUE_WHOLE, VALUE_DECIMALS);
				length(field, target.text(), VALUE_TEXT);
			}
		}
		List<IndicatorDoc.ScaleValue> scale = (in.scale() != null) ? in.scale() : List.of();
		for (int i = 0; i < scale.size(); i++) {
			IndicatorDoc.ScaleValue entry = scale.get(i);
			if (entry != null) {
				length(path + ".scale[" + i + "].value", entry.value(), VALUE_TEXT);
				fits(path + ".scale[" + i + "].score", entry.score(), SMALL_WHOLE, SMALL_DECIMALS);
			}
		}
		Map<String, PlanValue> actuals = (in.actuals() != null) ? in.actuals() : Map.of();
		for (Map.Entry<String, PlanValue> entry : actuals.entrySet()) {
			value(path + ".actuals." + entry.getKey(), entry.getValue());
		}
	}

	private void value(String field, PlanValue value) {
		if (value != null) {
			fits(field, value.number(), VALUE_WHOLE, VALUE_DECIMALS);
			length(field, value.text(), VALUE_TEXT);
		}
	}

	private void money(String field, BigDecimal amount) {
		fits(field, amount, MONEY_WHOLE, MONEY_DECIMALS);
	}

	private void length(String field, String text, int max) {
		if (text != null && text.length() > max) {
			this.errors.add(new FieldProblem(field, "validation.length.max", max));
		}
	}

	private void fits(String field, BigDecimal number, int whole, int decimals) {
		if (number == null) {
			return;
		}
		boolean fits = Numbers.withinBounds(number) && number.precision() - number.scale() <= whole
				&& Math.max(number.stripTrailingZeros().scale(), 0) <= decimals;
		if (!fits) {
			this.errors.add(new FieldProblem(field, "validation.number.bounds", whole, decimals));
		}
	}

}
