package id.ukur.plan.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.Periods;
import id.ukur.plan.PlanValue;
import id.ukur.plan.ValueType;
import id.ukur.shared.FieldProblem;

/**
 * The indicator form as typed: numbers in Indonesian or plain notation, a target as a
 * number, a scale value or a range {@code 80-90}, a scale as {@code WTP=4; WDP=3}.
 */
record IndicatorForm(String code, String name, String measureUnit, boolean key, String definition, String formulation,
		String dataSource, Polarity polarity, Formula formula, PeriodAggregation aggregation, ValueType valueType,
		String unitCode, String weight, String baseline, String endTarget, String target, String tw1, String tw2,
		String tw3, String tw4, String scale, Long version, String reason) {

	static IndicatorForm empty(String unitCode, Long version) {
		return new IndicatorForm("", "", "", false, "", "", "", Polarity.HIGHER_IS_BETTER, null,
				PeriodAggregation.LAST_VALUE, ValueType.NUMBER, unitCode, "", "", "", "", "", "", "", "", "", version,
				"");
	}

	static IndicatorForm of(IndicatorDoc in, Long version) {
		Map<String, PeriodTarget> periods = in.periodTargets();
		return new IndicatorForm(in.code(), in.name(), in.measureUnit(), in.key(), in.definition(), in.formulation(),
				in.dataSource(), in.polarity(), in.formula(), in.aggregation(), in.valueType(), in.unitCode(),
				PlanText.show(in.weight()), text(in.baseline()), text(in.endTarget()),
				PlanText.show(in.targetDisplay()), display(periods, 0), display(periods, 1), display(periods, 2),
				display(periods, 3),
				(in.scale() == null) ? ""
						: in.scale()
							.stream()
							.map((entry) -> entry.value() + "=" + PlanText.show(entry.score()))
							.collect(Collectors.joining("; ")),
				version, "");
	}

	/** Builds the indicator, adding a problem per field that cannot be read. */
	IndicatorDoc toIndicator(Map<String, PlanValue> actuals, List<FieldProblem> problems) {
		Map<String, PeriodTarget> periods = new LinkedHashMap<>();
		List<String> typed = List.of(nz(this.tw1), nz(this.tw2), nz(this.tw3), nz(this.tw4));
		for (int q = 0; q < 4; q++) {
			PeriodTarget target = PlanText.target(typed.get(q));
			if (target != null) {
				periods.put(Periods.QUARTERS.get(q), target);
			}
		}
		PeriodTarget annual = PlanText.target(nz(this.target));
		BigDecimal weightValue = PlanText.number("weight", this.weight, problems);
		List<IndicatorDoc.ScaleValue> scaleValues = PlanText.scale("scale", this.scale, problems);
		boolean range = annual != null && annual.isRange();
		PlanValue annualValue = (annual == null || range) ? null
				: (annual.value() != null) ? PlanValue.of(annual.value()) : PlanValue.of(annual.text());
		return new IndicatorDoc(trim(this.code), trim(this.name), trim(this.measureUnit), this.key,
				trim(this.definition), trim(this.formulation), trim(this.dataSource), this.polarity, this.formula,
				this.aggregation, this.valueType, trim(this.unitCode), weightValue, PlanText.value(this.baseline),
				PlanText.value(this.endTarget), annualValue, range ? annual.min() : null, range ? annual.max() : null,
				periods, scaleValues, actuals);
	}

	/** Maps a problem of the whole plan's check to the field of this form. */
	static String field(String documentField) {
		String name = documentField.contains(".") ? documentField.substring(0, documentField.indexOf('.'))
				: documentField;
		name = name.contains("[") ? name.substring(0, name.indexOf('[')) : name;
		if (name.equals("periodTargets") && documentField.contains(".TW")) {
			return "tw" + documentField.substring(documentField.indexOf(".TW") + 3, documentField.indexOf(".TW") + 4);
		}
		return switch (name) {
			case "targetMin", "targetMax", "periodTargets" -> "target";
			default -> name;
		};
	}

	private static String display(Map<String, PeriodTarget> periods, int quarter) {
		PeriodTarget target = periods.get(Periods.QUARTERS.get(quarter));
		return (target != null) ? PlanText.show(target.display()) : "";
	}

	private static String text(PlanValue value) {
		return (value != null) ? PlanText.show(value.toString()) : "";
	}

	private static String trim(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private static String nz(String text) {
		return (text == null) ? "" : text;
	}

}
