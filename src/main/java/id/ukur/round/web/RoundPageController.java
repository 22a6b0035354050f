package id.ukur.round.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.UnitView;
import id.ukur.round.ActionPlanStatus;
import id.ukur.round.ActionPlanView;
import id.ukur.round.Commands;
import id.ukur.round.FormView;
import id.ukur.round.Recap;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundStatus;
import id.ukur.round.RoundView;
import id.ukur.round.RoundReports;
import id.ukur.round.Rounds;
import id.ukur.round.StepView;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.RegionCalendars;
import id.ukur.sop.Sops;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The round page: where the round stands, its SOP step timeline against the time
 * standards, the units' completeness, the acts of the current step for the user, and the
 * follow-up action plans. Every act goes to {@link Rounds}, which refuses what the SOP
 * does not allow; a refusal is shown on the page with what the user typed.
 */
@Controller
@RequestMapping("/rounds/{id}")
class RoundPageController {

	private final Rounds rounds;

	private final RoundReports reports;

	private final Organization organization;

	private final RegionCalendars calendars;

	private final RoundPeople people;

	private final Sops sops;

	RoundPageController(Rounds rounds, RoundReports reports, Organization organization, RegionCalendars calendars,
			RoundPeople people, Sops sops) {
		this.sops = sops;
		this.rounds = rounds;
		this.reports = reports;
		this.organization = organization;
		this.calendars = calendars;
		this.people = people;
	}

	@GetMapping
	String view(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Refusals.none(model);
		return page(id, user, model, Map.of());
	}

	@PostMapping("/steps/{number}/complete")
	String completeStep(@PathVariable long id, @PathVariable int number, @RequestParam(required = false) String note,
			@RequestParam(required = false) String decision, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, Object> typed = typed("note", note);
		typed.put("decision", decision);
		return act(id, user, model, redirect, response,
				"NO".equals(decision) ? "rounds.done.stepDeclined" : "rounds.done.stepCompleted", "",
				() -> this.rounds.completeStep(id, number, note, decision, user), typed);
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, user, model, redirect, response, "rounds.done.cancelled", "cancel.",
				() -> this.rounds.cancel(id, reason, user), typed("cancelReason", reason));
	}

	@PostMapping("/forms/prepare")
	String prepare(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, user, model, redirect, response, "rounds.done.prepared", "",
				() -> this.rounds.prepareForms(id, user), Map.of());
	}

	@PostMapping("/forms/distribute")
	String distribute(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, user, model, redirect, response, "rounds.done.distributed", "",
				() -> this.rounds.distributeForms(id, user), Map.of());
	}

	@PostMapping("/submit-for-review")
	String submitForReview(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, user, model, redirect, response, "rounds.done.submittedForReview", "",
				() -> this.rounds.submitForReview(id, user), Map.of());
	}

	@PostMapping("/review")
	String review(@PathVariable long id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) List<String> returnTo,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		boolean approve = "APPROVE".equals(decision);
		Map<String, Object> typed = typed("reason", reason);
		typed.put("returnTo", (returnTo != null) ? Set.copyOf(returnTo) : Set.of());
		return act(id, user, model, redirect, response, approve ? "rounds.done.approved" : "rounds.done.returned",
				"review.",
				() -> this.rounds.review(id,
						new Commands.Review(decision, approve ? null : reason, approve ? null : returnTo), user),
				typed);
	}

	@PostMapping("/sign")
	String sign(@PathVariable long id, @RequestParam(required = false) String confirm,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (confirm == null) {
			Refusals refusals = new Refusals().field("sign.confirm", "rounds.sign.confirmRequired");
			refusals.into(model, response);
			return page(id, user, model, Map.of());
		}
		return act(id, user, model, redirect, response, "rounds.done.signed", "", () -> this.rounds.sign(id, user),
				Map.of());
	}

	@PostMapping("/reopen")
	String reopen(@PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, user, model, redirect, response, "rounds.done.reopened", "reopen.",
				() -> this.rounds.reopen(id, reason, user), typed("reopenReason", reason));
	}

	@PostMapping("/send")
	String send(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, user, model, redirect, response, "rounds.done.sent", "", () -> this.rounds.send(id, user),
				Map.of());
	}

	@PostMapping("/archive")
	String archive(@PathVariable long id, @RequestParam(required = false) String archiveReference,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, user, model, redirect, response, "rounds.done.archived", "",
				() -> this.rounds.archive(id, archiveReference, user), typed("archiveReference", archiveReference));
	}

	@PostMapping("/action-plans")
	String addActionPlan(@PathVariable long id, @RequestParam(required = false) String indicatorCode,
			@RequestParam(required = false) String analysis, @RequestParam(required = false) String action,
			@RequestParam(required = false) String ownerUnit, @RequestParam(required = false) String dueDate,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, Object> typed = typed("ap.indicatorCode", indicatorCode);
		typed.put("ap.analysis", analysis);
		typed.put("ap.action", action);
		typed.put("ap.ownerUnit", ownerUnit);
		typed.put("ap.dueDate", dueDate);
		Refusals early = new Refusals();
		java.time.LocalDate due = RoundListController.OrderForm.date("ap.dueDate", dueDate, early);
		if (early.any()) {
			early.into(model, response);
			return page(id, user, model, typed);
		}
		return act(id, user, model, redirect, response, "rounds.done.planAdded", "ap.", () -> this.rounds
			.addActionPlan(id, new Commands.ActionPlan(indicatorCode, analysis, action, ownerUnit, due), user), typed);
	}

	@PostMapping("/action-plans/{planId}")
	String setPlanStatus(@PathVariable long id, @PathVariable long planId,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, user, model, redirect, response, "rounds.done.planStatus", "",
				() -> this.rounds.setActionPlanStatus(id, planId, status, version, user), Map.of());
	}

	private String act(long id, CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String done, String prefix, Runnable action, Map<String, Object> typed) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
			return "redirect:/rounds/" + id;
		}
		catch (RuntimeException ex) {
			new Refusals().add(ex, prefix).into(model, response);
			return page(id, user, model, typed);
		}
	}

	private static Map<String, Object> typed(String field, Object value) {
		Map<String, Object> typed = new HashMap<>();
		typed.put(field, value);
		return typed;
	}

	private String page(long id, CurrentUser user, Model model, Map<String, Object> typed) {
		RoundView round = this.rounds.round(id, user);
		List<StepView> steps = this.rounds.steps(id, user)
			.stream()
			.sorted(Comparator.comparingInt(StepView::number).thenComparingInt(StepView::iteration))
			.toList();
		StepView current = round.currentStep();
		List<UnitView> units = this.organization.unitsOfAgency(round.agencyId());
		model.addAttribute("round", round);
		model.addAttribute("steps", steps);
		model.addAttribute("current", current);
		model.addAttribute("currentLanes", (current != null) ? Timeline.lanes(current) : null);
		model.addAttribute("dailyMinutes", this.calendars.of(round.regionId()).dailyMinutes());
		model.addAttribute("myForm", myForm(round, user));
		model.addAttribute("openValues", round.forms().stream().mapToInt((f) -> f.entries() - f.settled()).sum());
		model.addAttribute("totalValues", round.forms().stream().mapToInt(FormView::entries).sum());
		actions(model, round, steps);
		model.addAttribute("currentDecision", Timeline.decision(this.sops, round, current));
		followUp(model, id, user);
		model.addAttribute("units", units);
		model.addAttribute("seals", this.reports.seals(id, user));
		model.addAttribute("typed", typed);
		List<String> usernames = new ArrayList<>(Arrays.asList(round.orderedBy(), round.sentBy(),
				round.acknowledgedBy(), (round.cancellation() != null) ? round.cancellation().by() : null));
		steps.forEach((step) -> usernames.add(step.completedBy()));
		round.forms().forEach((form) -> usernames.add(form.submittedBy()));
		model.addAttribute("people", this.people.names(usernames));
		Map<String, String> unitNames = new HashMap<>();
		units.forEach((unit) -> unitNames.put(unit.code(), unit.name()));
		model.addAttribute("unitNames", unitNames);
		return "round/view";
	}

	/**
	 * What the reader may do, as the round's view carries it (decided by the round
	 * policy); the acts outside the SOP show where the SOP has no step for them.
	 */
	private static void actions(Model model, RoundView round, List<StepView> steps) {
		Set<RoundAction> actions = round.actions();
		boolean sealed = round.status() == RoundStatus.SEALED;
		model.addAttribute("mine", actions.contains(RoundAction.ACT_ON_STEP));
		model.addAttribute("own", actions.contains(RoundAction.OWN_AGENCY));
		model.addAttribute("canValidate", actions.contains(RoundAction.VALIDATE));
		model.addAttribute("canCalculate", actions.contains(RoundAction.CALCULATE));
		model.addAttribute("canPrepare", actions.contains(RoundAction.PREPARE_FORMS));
		model.addAttribute("canSendOutsideSop",
				sealed && actions.contains(RoundAction.SEND) && Timeline.bound(steps, Checkpoint.SEND) == null);
		model.addAttribute("canArchiveOutsideSop",
				actions.contains(RoundAction.ARCHIVE) && Timeline.bound(steps, Checkpoint.ARCHIVE) == null);
		model.addAttribute("canReopen", actions.contains(RoundAction.REOPEN));
		model.addAttribute("canCancel", actions.contains(RoundAction.CANCEL));
		// a sealed, archived or cancelled round takes no more action plans
		model.addAttribute("canPlan", actions.contains(RoundAction.FOLLOW_UP));
		StepView signStep = Timeline.bound(steps, Checkpoint.SIGN);
		model.addAttribute("signerLanes", (signStep != null) ? Timeline.lanes(signStep) : null);
	}

	/** The recap's under-target indicators and their action plans. */
	private void followUp(Model model, long id, CurrentUser user) {
		Recap recap = this.rounds.recap(id, user).orElse(null);
		List<ActionPlanView> plans = this.rounds.actionPlans(id, user);
		Set<String> planned = plans.stream()
			.filter((plan) -> plan.roundId() == id)
			.map(ActionPlanView::indicatorCode)
			.collect(Collectors.toSet());
		List<Recap.IndicatorResult> underTarget = (recap == null) ? List.of()
				: recap.indicators().stream().filter(Recap.IndicatorResult::needsFollowUp).toList();
		model.addAttribute("recap", recap);
		model.addAttribute("plans", plans);
		model.addAttribute("planStatuses", ActionPlanStatus.names());
		model.addAttribute("planCandidates",
				underTarget.stream().filter((indicator) -> !planned.contains(indicator.indicatorCode())).toList());
	}

	private static FormView myForm(RoundView round, CurrentUser user) {
		if (!round.actions().contains(RoundAction.OWN_AGENCY) || user.unitCode() == null) {
			return null;
		}
		return round.forms().stream().filter((f) -> f.unitCode().equals(user.unitCode())).findFirst().orElse(null);
	}

}
