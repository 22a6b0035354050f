package id.ukur.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.ukur.calculation.AchievementResult;
import id.ukur.calculation.Achievements;
import id.ukur.calculation.Method;
import id.ukur.calculation.PeriodValue;
import id.ukur.calculation.Polarity;
import id.ukur.calculation.QualitativeScale;
import id.ukur.calculation.Rating;
import id.ukur.calculation.ScaleEntry;
import id.ukur.calculation.Target;
import id.ukur.calculation.Wording;
import id.ukur.organization.RegionSettings;
import id.ukur.shared.FieldProblem;

import id.ukur.shared.Labels;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Runs calculator cases with the caller's region settings (rating scale and cap). */
@Component
class CalculatorCases {

	private final MessageSource messages;

	CalculatorCases(MessageSource messages) {
		this.messages = messages;
	}

	/** Checks a case; every problem is named with the prefix (e.g. {@code cases[2].}). */
	List<FieldProblem> check(CalculatorCase c, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.polarity() == null) {
			problems.add(new FieldProblem(prefix + "polarity", "validation.required"));
		}
		else {
			try {
				Method.of(c.polarity(), c.formula());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem(prefix + "formula",
						(c.polarity() == Polarity.HIGHER_IS_BETTER) ? "plan.formula.higher" : "plan.formula.lower"));
			}
		}
		if (c.periods() != null && !c.periods().isEmpty()) {
			if (c.aggregation() == null) {
				problems.add(new FieldProblem(prefix + "aggregation", "validation.required"));
			}
			for (int i = 0; i < c.periods().size(); i++) {
				CalculatorCase.Period period = c.periods().get(i);
				boolean range = period.targetMin() != null || period.targetMax() != null;
				if (period.target() == null && !range) {
					problems.add(new FieldProblem(prefix + "periods[" + i + "].target", "plan.target.required"));
				}
				if (range && (period.targetMin() == null || period.targetMax() == null
						|| period.targetMin().compareTo(period.targetMax()) > 0)) {
					problems.add(new FieldProblem(prefix + "periods[" + i + "].targetMin", "plan.range.incomplete"));
				}
			}
			return problems;
		}
		boolean range = c.targetMin() != null || c.targetMax() != null;
		if (c.target() == null && !range) {
			problems.add(new FieldProblem(prefix + "target", "plan.target.required"));
		}
		if (range && (c.targetMin() == null || c.targetMax() == null)) {
			problems.add(new FieldProblem(prefix + "targetMin", "plan.range.incomplete"));
		}
		else if (range && c.targetMin().compareTo(c.targetMax()) > 0) {
			problems.add(new FieldProblem(prefix + "targetMin", "plan.range.order", c.targetMin().toPlainString(),
					c.targetMax().toPlainString()));
		}
		boolean qualitative = (c.target() != null && !c.target().isNumber())
				|| (c.actual() != null && !c.actual().isNumber());
		if (qualitative && (c.scale() == null || c.scale().isEmpty())) {
			problems.add(new FieldProblem(prefix + "scale", "plan.scale.required"));
		}
		return problems;
	}

	/** Computes a checked case, explained in the reader's language. */
	AchievementResult compute(CalculatorCase c, RegionSettings.Settings settings, Locale locale) {
		Method method = Method.of(c.polarity(), c.formula());
		Wording w = Wording.of(locale);
		if (c.periods() != null && !c.periods().isEmpty()) {
			List<PeriodValue> periods = new ArrayList<>();
			for (int i = 0; i < c.periods().size(); i++) {
				CalculatorCase.Period period = c.periods().get(i);
				String name = (period.period() != null) ? period.period() : "P" + (i + 1);
				periods.add(new PeriodValue(name, target(period.target(), period.targetMin(), period.targetMax()),
						period.actual()));
			}
			return Achievements.computePeriods(method, c.aggregation(), periods, settings.achievementCap(), w);
		}
		boolean qualitative = (c.target() != null && !c.target().isNumber())
				|| (c.actual() != null && !c.actual().isNumber());
		if (qualitative) {
			QualitativeScale scale = new QualitativeScale(
					c.scale().stream().map((entry) -> new ScaleEntry(entry.value(), entry.score())).toList());
			return Achievements.computeQualitative(method, c.target().toString(),
					(c.actual() != null) ? c.actual().toString() : null, scale, settings.achievementCap(), w);
		}
		return Achievements.compute(method,
				target((c.target() != null) ? c.target().number() : null, c.targetMin(), c.targetMax()),
				(c.actual() != null) ? c.actual().number() : null, settings.achievementCap(), w);
	}

	/** The answer of one case, in the API's shape. */
	CalculatorResult result(AchievementResult result, RegionSettings.Settings settings, Locale locale) {
		Rating rating = settings.scale().rate(result.achievement());
		var explanation = result.explanation();
		String reason = (explanation.reasonCode() != null)
				? this.messages.getMessage(explanation.reasonCode(), null, explanation.reasonCode(), locale) : null;
		return new CalculatorResult(result.achievement(), (rating != null) ? rating.code() : null,
				(rating == null) ? null : "en".equals(locale.getLanguage()) ? rating.labelEn() : rating.labelId(),
				result.status().name(), explanation.text(), result.provisional(), result.exact(), explanation.inputs(),
				Labels.formula(this.messages, explanation.formulaName(), locale), explanation.arithmetic(),
				explanation.rounding(), explanation.capApplied(), reason);
	}

	private static Target target(java.math.BigDecimal value, java.math.BigDecimal min, java.math.BigDecimal max) {
		return (min != null || max != null) ? Target.range(min, max) : Target.of(value);
	}

	/** The calculator's answer for one case. */
	record CalculatorResult(java.math.BigDecimal achievement, String rating, String ratingLabel, String status,
			String explanation, boolean provisional, java.math.BigDecimal exact, List<String> inputs, String formula,
			String arithmetic, String rounding, boolean capApplied, String reason) {
	}

}
