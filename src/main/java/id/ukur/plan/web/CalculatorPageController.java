package id.ukur.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionSettings;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanValue;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Kalkulator Capaian: type targets and actuals, pick the settings, see the result and how
 * it came.
 */
@Controller
class CalculatorPageController {

	private final CalculatorCases cases;

	private final RegionSettings settings;

	CalculatorPageController(CalculatorCases cases, RegionSettings settings) {
		this.cases = cases;
		this.settings = settings;
	}

	@GetMapping("/calculator")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, model, new Form(Polarity.HIGHER_IS_BETTER, null, null, "", "", "", List.of("", "", "", ""),
				List.of("", "", "", "")));
	}

	@PostMapping("/calculator")
	String calculate(@ModelAttribute("form") Form form, @AuthenticationPrincipal CurrentUser user, Model model,
			Locale locale) {
		if (form == null) {
			// a choice that is none of the listed ones: there is no form to show again
			throw new InvalidInputException("polarity", "validation.type");
		}
		List<FieldProblem> problems = new ArrayList<>();
		CalculatorCase c = form.toCase(problems);
		problems.addAll(this.cases.check(c, ""));
		if (problems.isEmpty()) {
			RegionSettings.Settings region = this.settings.of(user.regionId());
			model.addAttribute("result", this.cases.result(this.cases.compute(c, region, locale), region, locale));
		}
		model.addAttribute("problems", problems);
		return page(user, model, form);
	}

	private String page(CurrentUser user, Model model, Form form) {
		model.addAttribute("form", form);
		model.addAttribute("polarities", Polarity.values());
		model.addAttribute("formulas", Formula.values());
		model.addAttribute("aggregations", PeriodAggregation.values());
		model.addAttribute("scale", this.settings.of(user.regionId()).scale());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "plan/calculator";
	}

	/** The calculator form as typed. */
	record Form(Polarity polarity, Formula formula, PeriodAggregation aggregation, String target, String actual,
			String scale, List<String> periodTargets, List<String> periodActuals) {

		public Form {
			periodTargets = pad(periodTargets);
			periodActuals = pad(periodActuals);
		}

		CalculatorCase toCase(List<FieldProblem> problems) {
			var scaleValues = PlanText.scale("scale", this.scale, problems);
			List<CalculatorCase.Period> periods = new ArrayList<>();
			for (int q = 0; q < 4; q++) {
				PeriodTarget target = PlanText.target(this.periodTargets.get(q));
				String actualText = this.periodActuals.get(q);
				if (target == null && (actualText == null || actualText.isBlank())) {
					continue;
				}
				var actual = PlanText.number("periodActuals[" + q + "]", actualText, problems);
				periods.add(new CalculatorCase.Period("TW" + (q + 1), (target != null) ? target.value() : null,
						(target != null) ? target.min() : null, (target != null) ? target.max() : null, actual));
			}
			PeriodTarget annual = PlanText.target(this.target);
			boolean range = annual != null && annual.isRange();
			PlanValue target = (annual == null || range) ? null
					: (annual.value() != null) ? PlanValue.of(annual.value()) : PlanValue.of(annual.text());
			return new CalculatorCase(this.polarity, this.formula, target, range ? annual.min() : null,
					range ? annual.max() : null, PlanText.value(this.actual), scaleValues,
					periods.isEmpty() ? null : this.aggregation, periods.isEmpty() ? null : periods);
		}

		private static List<String> pad(List<String> values) {
			// four quarters, whatever was sent: a list posted without its first items
			// (periodTargets[1] only) holds nulls, one with more than four is cut
			List<String> padded = new ArrayList<>();
			for (int q = 0; q < 4; q++) {
				String value = (values != null && q < values.size()) ? values.get(q) : null;
				padded.add((value != null) ? value : "");
			}
			return padded;
		}

	}

}
