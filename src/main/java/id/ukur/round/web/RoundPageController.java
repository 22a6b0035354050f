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
import id.ukur.organization.Role;
import id.ukur.round.ActionPlanView;
import id.ukur.round.Commands;
import id.ukur.round.FormView;
import id.ukur.round.Recap;
import id.ukur.round.RoundStatus;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import id.ukur.round.StepView;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.RegionCalendars;
import id.ukur.sop.SopDefinition;
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

	private final Organization organization;

	private final RegionCalendars calendars;

	private final RoundPeople people;

	private final Sops sops;

	RoundPageController(Rounds rounds, Organization organization, RegionCalendars calendars, RoundPeople people,
			Sops sops) {
		this.sops = sops;
		this.rounds = rounds;
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
		boolean own = StepActors.ownAgency(round, user);
		boolean open = round.status() == RoundStatus.OPEN;
		boolean officer = own && user.hasAny(Role.PLANNER, Role.SECRETARY, Role.HEAD);
		StepView signStep = StepActors.bound(steps, Checkpoint.SIGN);
		Role signer = (signStep != null && StepActors.decider(signStep) != null) ? StepActors.decider(signStep)
				: Role.HEAD;
		StepView prepareStep = StepActors.bound(steps, Checkpoint.PREPARE_FORMS);
		Recap recap = this.rounds.recap(id, user).orElse(null);
		List<ActionPlanView> plans = this.rounds.actionPlans(id, user);
		Set<String> planned = plans.stream()
			.filter((plan) -> plan.roundId() == id)
			.map(ActionPlanView::indicatorCode)
			.collect(Collectors.toSet());
		List<Recap.IndicatorResult> underTarget = (recap == null) ? List.of()
				: recap.indicators().stream().filter(Recap.IndicatorResult::needsFollowUp).toList();

		model.addAttribute("round", round);
		model.addAttribute("steps", steps);
		model.addAttribute("current", current);
		model.addAttribute("currentLanes", (current != null) ? lanes(current) : null);
		model.addAttribute("mine", StepActors.mayAct(round, current, user));
		model.addAttribute("own", own);
		model.addAttribute("dailyMinutes", this.calendars.of(round.regionId()).dailyMinutes());
		model.addAttribute("myForm", myForm(round, user));
		model.addAttribute("openValues", round.forms().stream().mapToInt((f) -> f.entries() - f.settled()).sum());
		model.addAttribute("totalValues", round.forms().stream().mapToInt(FormView::entries).sum());
		model.addAttribute("canValidate", own && open && this.rounds.validation(round.id(), user).validator());
		model.addAttribute("canCalculate",
				own && open && (user.hasAny(Role.PLANNER, Role.TEAM) || lanesHold(steps, Checkpoint.CALCULATE, user)));
		model.addAttribute("canPrepare", own && open && prepareStep != null && !round.formsPrepared()
				&& (StepActors.roles(prepareStep).stream().anyMatch(user::has) || user.has(Role.PLANNER)));
		model.addAttribute("canSendOutsideSop", officer && round.status() == RoundStatus.SEALED
				&& round.sentAt() == null && !StepActors.has(steps, Checkpoint.SEND));
		model.addAttribute("canArchiveOutsideSop", officer && round.status() == RoundStatus.SEALED && current == null
				&& !StepActors.has(steps, Checkpoint.ARCHIVE));
		model.addAttribute("canReopen", own && round.status() == RoundStatus.SEALED && user.has(signer));
		model.addAttribute("canCancel", own && open && user.has(Role.HEAD));
		model.addAttribute("currentDecision", decision(round, current));
		model.addAttribute("signerLanes", (signStep != null) ? lanes(signStep) : null);
		// a sealed, archived or cancelled round takes no more action plans (Guards.open)
		model.addAttribute("canPlan", own && open && (user.hasAny(Role.PLANNER, Role.TEAM, Role.HEAD, Role.SECRETARY)
				|| lanesHold(steps, Checkpoint.FOLLOW_UP, user)));
		model.addAttribute("recap", recap);
		model.addAttribute("plans", plans);
		model.addAttribute("planStatuses", List.of("OPEN", "IN_PROGRESS", "DONE"));
		model.addAttribute("planCandidates",
				underTarget.stream().filter((indicator) -> !planned.contains(indicator.indicatorCode())).toList());
		model.addAttribute("units", this.organization.unitsOfAgency(round.agencyId()));
		model.addAttribute("seals", this.rounds.seals(id, user));
		model.addAttribute("typed", typed);
		List<String> usernames = new ArrayList<>(Arrays.asList(round.orderedBy(), round.sentBy(),
				round.acknowledgedBy(), (round.cancellation() != null) ? round.cancellation().by() : null));
		steps.forEach((step) -> usernames.add(step.completedBy()));
		round.forms().forEach((form) -> usernames.add(form.submittedBy()));
		model.addAttribute("people", this.people.names(usernames));
		Map<String, String> unitNames = new HashMap<>();
		this.organization.unitsOfAgency(round.agencyId()).forEach((unit) -> unitNames.put(unit.code(), unit.name()));
		model.addAttribute("unitNames", unitNames);
		return "round/view";
	}

	/** The question and labels of a MANUAL decision that holds the round, or null. */
	private SopDefinition.Decision decision(RoundView round, StepView current) {
		if (current == null || !current.decision() || current.binding() != Checkpoint.MANUAL) {
			return null;
		}
		return this.sops.byId(round.sopRevisionId())
			.map((sop) -> sop.definition().step(current.number()))
			.map(SopDefinition.Step::decision)
			.orElse(null);
	}

	private static FormView myForm(RoundView round, CurrentUser user) {
		if (!StepActors.ownAgency(round, user) || user.unitCode() == null) {
			return null;
		}
		return round.forms().stream().filter((f) -> f.unitCode().equals(user.unitCode())).findFirst().orElse(null);
	}

	private static boolean lanesHold(List<StepView> steps, Checkpoint checkpoint, CurrentUser user) {
		return steps.stream()
			.filter((step) -> step.binding() == checkpoint)
			.anyMatch((step) -> StepActors.roles(step).stream().anyMatch(user::has));
	}

	static String lanes(StepView step) {
		return step.lanes().stream().map(StepView.LaneView::name).collect(Collectors.joining(", "));
	}

}
