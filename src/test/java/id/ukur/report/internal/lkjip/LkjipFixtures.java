package id.ukur.report.internal.lkjip;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.calculation.RatingScale;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanValue;
import id.ukur.plan.ValueType;
import id.ukur.round.Figure;
import id.ukur.round.Period;
import id.ukur.round.PeriodFigures;
import id.ukur.round.RoundStatus;

/** Plans and figures for the LKjIP table tests, small enough to compute by hand. */
final class LkjipFixtures {

	private LkjipFixtures() {
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	/** A numeric indicator with quarterly targets and, optionally, recorded actuals. */
	static IndicatorDoc numeric(String code, PeriodAggregation aggregation, String endTarget, List<String> targets,
			List<String> actuals) {
		Map<String, PeriodTarget> periodTargets = new LinkedHashMap<>();
		Map<String, PlanValue> recorded = new LinkedHashMap<>();
		for (int q = 0; q < targets.size(); q++) {
			periodTargets.put("TW" + (q + 1), PeriodTarget.of(d(targets.get(q))));
			if (actuals != null) {
				recorded.put("TW" + (q + 1), PlanValue.of(d(actuals.get(q))));
			}
		}
		return new IndicatorDoc(code, "Indikator " + code, "%", true, null, null, null, Polarity.HIGHER_IS_BETTER, null,
				aggregation, ValueType.NUMBER, null, null, PlanValue.of(d("10")),
				(endTarget != null) ? PlanValue.of(d(endTarget)) : null,
				PlanValue.of(d(targets.get(targets.size() - 1))), null, null, periodTargets, null, recorded);
	}

	/** A qualitative indicator on the scale A 5, BB 4, B 3. */
	static IndicatorDoc qualitative(String code, String endTarget, List<String> actuals) {
		Map<String, PeriodTarget> periodTargets = new LinkedHashMap<>();
		Map<String, PlanValue> recorded = new LinkedHashMap<>();
		for (int q = 1; q <= 4; q++) {
			periodTargets.put("TW" + q, PeriodTarget.of("BB"));
			if (actuals != null) {
				recorded.put("TW" + q, PlanValue.of(actuals.get(q - 1)));
			}
		}
		List<IndicatorDoc.ScaleValue> scale = List.of(new IndicatorDoc.ScaleValue("A", d("5")),
				new IndicatorDoc.ScaleValue("BB", d("4")), new IndicatorDoc.ScaleValue("B", d("3")));
		return new IndicatorDoc(code, "Nilai SAKIP", null, true, null, null, null, Polarity.HIGHER_IS_BETTER, null,
				PeriodAggregation.LAST_VALUE, ValueType.QUALITATIVE, null, null, PlanValue.of("B"),
				PlanValue.of(endTarget), PlanValue.of("BB"), null, null, periodTargets, scale, recorded);
	}

	static PlanDocument plan(int year, List<IndicatorDoc> indicators, BigDecimal budget) {
		PlanDocument.ProgramDoc program = new PlanDocument.ProgramDoc("P1", "PROGRAM SATU", null, budget, null,
				List.of(), List.of());
		PlanDocument.ObjectiveDoc objective = new PlanDocument.ObjectiveDoc("S1", "Sasaran satu", null, indicators,
				List.of(program));
		return new PlanDocument(year, 1L,
				List.of(new PlanDocument.GoalDoc("T1", "Tujuan satu", null, List.of(), List.of(objective))));
	}

	static Figure indicatorFigure(String code, String target, String actual, String achievement, boolean provisional) {
		BigDecimal actualValue = (actual != null && actual.matches("[0-9.]+")) ? d(actual) : null;
		return new Figure(Figure.INDICATOR, code, "S1", "Indikator " + code, null, true, "%",
				(achievement != null) ? "COMPUTED" : "NOT_REPORTED", (achievement != null) ? d(achievement) : null,
				(achievement != null) ? "SANGAT_TINGGI" : null, provisional, false, target, actual, null, actualValue,
				null, null, null, null, null, false, (achievement != null) ? "Sangat Tinggi" : null);
	}

	static Figure node(String kind, String code, String achievement, String budget, String spent, String absorption,
			String efficiency) {
		return new Figure(kind, code, null, "Node " + code, null, false, null, null,
				(achievement != null) ? d(achievement) : null, (achievement != null) ? "TINGGI" : null, false, false,
				null, null, null, null, (budget != null) ? d(budget) : null, (spent != null) ? d(spent) : null,
				(absorption != null) ? d(absorption) : null, efficiency, null, false,
				(achievement != null) ? "Tinggi" : null);
	}

	static PeriodFigures round(long id, int year, Period period, RoundStatus status, Figure... figures) {
		return new PeriodFigures(id, year, period, status, Instant.EPOCH, true, null, null, List.of(figures));
	}

	static LkjipBuilder.Inputs inputs(int year, PlanDocument plan, Map<Integer, PlanDocument> past,
			List<PeriodFigures> figures) {
		return new LkjipBuilder.Inputs("ag", "Dinas Contoh", year, plan, past, figures, RatingScale.DEFAULT, null, null,
				false);
	}

}
