package id.ukur.plan.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.Periods;
import id.ukur.plan.PlanValue;
import id.ukur.plan.ValueType;
import id.ukur.shared.FieldProblem;

/**
 * Checks an indicator's targets, scale, baseline, end target and recorded actuals against
 * its value type.
 */
final class IndicatorValues {

	private final String path;

	private final IndicatorDoc in;

	private final List<FieldProblem> errors;

	private final Set<String> scaleValues = new HashSet<>();

	IndicatorValues(String path, IndicatorDoc in, List<FieldProblem> errors) {
		this.path = path;
		this.in = in;
		this.errors = errors;
	}

	void check() {
		boolean qualitative = this.in.valueType() == ValueType.QUALITATIVE;
		if (qualitative) {
			scale();
		}
		else if (this.in.scale() != null) {
			this.errors.add(new FieldProblem(this.path + ".scale", "plan.scale.notQualitative"));
		}
		annualTarget(qualitative);
		for (Map.Entry<String, PeriodTarget> entry : this.in.periodTargets().entrySet()) {
			String field = this.path + ".periodTargets." + entry.getKey();
			if (!Periods.isQuarter(entry.getKey())) {
				this.errors.add(new FieldProblem(field, "plan.period.unknown", entry.getKey()));
			}
			PeriodTarget target = entry.getValue();
			if (target.isRange()) {
				range(field, target.min(), target.max(), qualitative);
			}
			else {
				value(field, (target.text() != null) ? PlanValue.of(target.text()) : PlanValue.of(target.value()),
						qualitative);
			}
		}
		optional(this.path + ".baseline", this.in.baseline(), qualitative);
		optional(this.path + ".endTarget", this.in.endTarget(), qualitative);
		if (this.in.actuals() != null) {
			this.in.actuals().forEach((period, actual) -> {
				String field = this.path + ".actuals." + period;
				if (!Periods.isQuarter(period)) {
					this.errors.add(new FieldProblem(field, "plan.period.unknown", period));
				}
				value(field, actual, qualitative);
			});
		}
	}

	private void scale() {
		if (this.in.scale() == null || this.in.scale().isEmpty()) {
			this.errors.add(new FieldProblem(this.path + ".scale", "plan.scale.required"));
			return;
		}
		for (int i = 0; i < this.in.scale().size(); i++) {
			IndicatorDoc.ScaleValue entry = this.in.scale().get(i);
			String field = this.path + ".scale[" + i + "]";
			if (entry.value() == null || entry.value().isBlank()) {
				this.errors.add(new FieldProblem(field + ".value", "validation.required"));
			}
			else if (!this.scaleValues.add(entry.value().trim().toUpperCase())) {
				this.errors.add(new FieldProblem(field + ".value", "plan.scale.duplicate", entry.value()));
			}
			if (entry.score() == null) {
				this.errors.add(new FieldProblem(field + ".score", "validation.required"));
			}
		}
	}

	private void annualTarget(boolean qualitative) {
		boolean range = this.in.rangeTarget();
		if (range && this.in.target() != null) {
			this.errors.add(new FieldProblem(this.path + ".target", "plan.target.both"));
		}
		else if (range) {
			range(this.path + ".targetMin", this.in.targetMin(), this.in.targetMax(), qualitative);
		}
		else if (this.in.target() == null) {
			this.errors.add(new FieldProblem(this.path + ".target", "plan.target.required"));
		}
		else {
			value(this.path + ".target", this.in.target(), qualitative);
		}
	}

	private void range(String field, java.math.BigDecimal min, java.math.BigDecimal max, boolean qualitative) {
		if (qualitative) {
			this.errors.add(new FieldProblem(field, "plan.range.qualitative"));
		}
		else if (min == null || max == null) {
			this.errors.add(new FieldProblem(field, "plan.range.incomplete"));
		}
		else if (min.compareTo(max) > 0) {
			this.errors.add(new FieldProblem(field, "plan.range.order", min.toPlainString(), max.toPlainString()));
		}
	}

	private void optional(String field, PlanValue value, boolean qualitative) {
		if (value != null) {
			value(field, value, qualitative);
		}
	}

	private void value(String field, PlanValue value, boolean qualitative) {
		if (value == null || (value.number() == null && value.text() == null)) {
			this.errors.add(new FieldProblem(field, "validation.required"));
		}
		else if (qualitative && !value.isNumber()) {
			if (!this.scaleValues.isEmpty() && !this.scaleValues.contains(value.text().trim().toUpperCase())) {
				this.errors.add(new FieldProblem(field, "plan.value.notInScale", value.text()));
			}
		}
		else if (qualitative) {
			this.errors.add(new FieldProblem(field, "plan.value.scaleText"));
		}
		else if (!value.isNumber()) {
			this.errors.add(new FieldProblem(field, "plan.value.number", value.text()));
		}
	}

}
