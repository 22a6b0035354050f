package id.ukur.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.organization.CurrentUser;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.NodeKind;
import id.ukur.plan.PlanAction;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.plan.PlanValue;
import id.ukur.plan.Plans;
import id.ukur.plan.ValueType;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The planner's forms: add, change and remove nodes and indicators of a plan. */
@Controller
@RequestMapping("/agencies/{agency}/plans/{year}")
class PlanEditController {

	private final Plans plans;

	private final PlanPagesController pages;

	PlanEditController(Plans plans, PlanPagesController pages) {
		this.plans = plans;
		this.pages = pages;
	}

	@GetMapping("/indicators/new")
	String newIndicator(@PathVariable String agency, @PathVariable int year, @RequestParam String node,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Loaded loaded = load(agency, year, user);
		OutlineLookup.node(loaded.outline(), node);
		return indicatorForm(agency, year, user, model, IndicatorForm.empty(null, loaded.version()), node, null);
	}

	@GetMapping("/indicators/{code}/edit")
	String editIndicator(@PathVariable String agency, @PathVariable int year, @PathVariable String code,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Loaded loaded = load(agency, year, user);
		PlanOutline.Placed placed = OutlineLookup.indicator(loaded.outline(), code);
		return indicatorForm(agency, year, user, model, IndicatorForm.of(placed.indicator(), loaded.version()),
				placed.node().code(), code);
	}

	@PostMapping("/indicators")
	String createIndicator(@PathVariable String agency, @PathVariable int year, @RequestParam String node,
			@ModelAttribute("form") IndicatorForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		return saveIndicator(agency, year, node, null, form, result, user, model, redirect);
	}

	@PostMapping("/indicators/{code}")
	String updateIndicator(@PathVariable String agency, @PathVariable int year, @PathVariable String code,
			@ModelAttribute("form") IndicatorForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Loaded loaded = load(agency, year, user);
		String node = OutlineLookup.indicator(loaded.outline(), code).node().code();
		return saveIndicator(agency, year, node, code, form, result, user, model, redirect);
	}

	@PostMapping("/indicators/{code}/delete")
	String deleteIndicator(@PathVariable String agency, @PathVariable int year, @PathVariable String code,
			@RequestParam long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return afterSave(agency, year, redirect,
				() -> this.plans.deleteIndicator(agency, year, version, code, reason, user), "plan.deleted");
	}

	private String saveIndicator(String agency, int year, String node, String original, IndicatorForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		requireForm(result);
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, PlanValue> actuals = null;
		if (original != null) {
			actuals = OutlineLookup.indicator(load(agency, year, user).outline(), original).indicator().actuals();
		}
		IndicatorDoc indicator = form.toIndicator(actuals, problems);
		if (problems.isEmpty() && !result.hasErrors()) {
			try {
				Plans.SaveResult saved = this.plans.saveIndicator(agency, year, version(form.version()), node, original,
						indicator, form.reason(), user);
				redirect.addFlashAttribute("warnings", saved.warnings());
				redirect.addFlashAttribute("message", "plan.saved");
				return "redirect:/agencies/" + agency + "/plans/" + year + "/indicators/" + indicator.code();
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
			catch (ConflictException ex) {
				result.reject(ex.code(), ex.args(), ex.code());
			}
		}
		for (FieldProblem problem : problems) {
			result.rejectValue(IndicatorForm.field(PlanFields.last(problem.field())), problem.code(), problem.args(),
					problem.code());
		}
		return indicatorForm(agency, year, user, model, null, node, original);
	}

	private String indicatorForm(String agency, int year, CurrentUser user, Model model, IndicatorForm form,
			String node, String original) {
		requireEditor(agency, user);
		this.pages.common(agency, year, user, model);
		if (form != null) {
			model.addAttribute("form", form);
		}
		model.addAttribute("node", node);
		model.addAttribute("original", original);
		model.addAttribute("polarities", Polarity.values());
		model.addAttribute("formulas", Formula.values());
		model.addAttribute("aggregations", PeriodAggregation.values());
		model.addAttribute("valueTypes", ValueType.values());
		return "plan/indicator-form";
	}

	@GetMapping("/nodes/new")
	String newNode(@PathVariable String agency, @PathVariable int year, @RequestParam(required = false) String parent,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Loaded loaded = load(agency, year, user);
		NodeKind kind = (parent == null) ? NodeKind.GOAL
				: OutlineLookup.node(loaded.outline(), parent).kind().childKind();
		if (kind == null) {
			throw new NotFoundException("plan.node.noChildren", parent);
		}
		return nodeForm(agency, year, user, model, NodeForm.empty(kind, loaded.version()), parent, null);
	}

	@GetMapping("/nodes/{code}/edit")
	String editNode(@PathVariable String agency, @PathVariable int year, @PathVariable String code,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Loaded loaded = load(agency, year, user);
		return nodeForm(agency, year, user, model,
				NodeForm.of(OutlineLookup.node(loaded.outline(), code), loaded.version()), null, code);
	}

	@PostMapping("/nodes")
	String createNode(@PathVariable String agency, @PathVariable int year,
			@RequestParam(required = false) String parent, @ModelAttribute("form") NodeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return saveNode(agency, year, (parent == null || parent.isBlank()) ? null : parent, null, form, result, user,
				model, redirect);
	}

	@PostMapping("/nodes/{code}")
	String updateNode(@PathVariable String agency, @PathVariable int year, @PathVariable String code,
			@ModelAttribute("form") NodeForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		return saveNode(agency, year, null, code, form, result, user, model, redirect);
	}

	@PostMapping("/nodes/{code}/delete")
	String deleteNode(@PathVariable String agency, @PathVariable int year, @PathVariable String code,
			@RequestParam long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return afterSave(agency, year, redirect, () -> this.plans.deleteNode(agency, year, version, code, reason, user),
				"plan.deleted");
	}

	private String saveNode(String agency, int year, String parent, String original, NodeForm form,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		requireForm(result);
		if (form == null || form.kind() == null) {
			// the kind is a hidden field the page sets and the version a number it holds:
			// without them (a hand-made request) there is no form to show again
			throw new InvalidInputException((form == null) ? "version" : "kind", "validation.type");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Plans.NodeInput input = form.toInput(problems);
		if (problems.isEmpty() && !result.hasErrors()) {
			try {
				Plans.SaveResult saved = this.plans.saveNode(agency, year, version(form.version()), parent, original,
						input, form.reason(), user);
				redirect.addFlashAttribute("warnings", saved.warnings());
				redirect.addFlashAttribute("message", "plan.saved");
				return "redirect:/agencies/" + agency + "/plans/" + year + "#node-" + input.code();
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
			catch (ConflictException ex) {
				result.reject(ex.code(), ex.args(), ex.code());
			}
		}
		for (FieldProblem problem : problems) {
			result.rejectValue(NodeForm.field(PlanFields.last(problem.field())), problem.code(), problem.args(),
					problem.code());
		}
		return nodeForm(agency, year, user, model, null, parent, original);
	}

	/**
	 * A value that does not convert into the form record's own type (a choice or a
	 * version no page sends) leaves the binding without a form object to mark and show
	 * again: such a hand-made request is refused naming the field (docs/security.md, "Bad
	 * input never answers 5xx").
	 */
	private static void requireForm(BindingResult result) {
		if (result.getTarget() == null) {
			org.springframework.validation.FieldError error = result.getFieldError();
			throw new InvalidInputException((error != null) ? error.getField() : "form", "validation.type");
		}
	}

	private String nodeForm(String agency, int year, CurrentUser user, Model model, NodeForm form, String parent,
			String original) {
		requireEditor(agency, user);
		this.pages.common(agency, year, user, model);
		if (form != null) {
			model.addAttribute("form", form);
		}
		model.addAttribute("parent", parent);
		model.addAttribute("original", original);
		return "plan/node-form";
	}

	private String afterSave(String agency, int year, RedirectAttributes redirect, Save save, String message) {
		try {
			redirect.addFlashAttribute("warnings", save.run().warnings());
			redirect.addFlashAttribute("message", message);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.problems().get(0));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("refusal", new FieldProblem("", ex.code(), ex.args()));
		}
		return "redirect:/agencies/" + agency + "/plans/" + year;
	}

	private Loaded load(String agency, int year, CurrentUser user) {
		PlanDocument document = this.plans.document(agency, year, user).orElse(new PlanDocument(year, null, List.of()));
		return new Loaded(PlanOutline.of(document), (document.version() != null) ? document.version() : 0L);
	}

	private void requireEditor(String agency, CurrentUser user) {
		this.plans.require(agency, PlanAction.EDIT, user);
	}

	private static long version(Long version) {
		return (version != null) ? version : 0L;
	}

	private interface Save {

		Plans.SaveResult run();

	}

	private record Loaded(PlanOutline outline, long version) {
	}

}
