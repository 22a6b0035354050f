package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.UnitView;
import id.ukur.round.ActionPlanStatus;
import id.ukur.round.ActionPlanView;
import id.ukur.round.Commands;
import id.ukur.round.RoundAction;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Follow-up of under-target indicators: an analysis and an action plan (action, owner
 * unit, due date, status), shown in later rounds of the agency until closed. They are
 * written while the round they are written through is open: a sealed, archived or
 * cancelled round takes no more writes (docs/security.md), so a plan of a sealed round is
 * moved on through the agency's next round, where it shows until done.
 */
@Component
class FollowUp {

	private final ActionPlanStore plans;

	private final Organization organization;

	private final RoundChanges changes;

	FollowUp(ActionPlanStore plans, Organization organization, RoundChanges changes) {
		this.plans = plans;
		this.organization = organization;
		this.changes = changes;
	}

	List<ActionPlanView> of(RoundState state) {
		return this.plans.visibleIn(state.round.agencyId, state.round.id);
	}

	void add(RoundState state, Commands.ActionPlan command, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.FOLLOW_UP, state);
		List<FieldProblem> problems = new ArrayList<>();
		String code = Texts.required(problems, "indicatorCode", command.indicatorCode());
		EntryRecord entry = (code != null)
				? state.entries.stream().filter((e) -> e.indicatorCode.equals(code)).findFirst().orElse(null) : null;
		if (code != null && entry == null) {
			problems.add(new FieldProblem("indicatorCode", "round.actionPlan.unknownIndicator", code));
		}
		String analysis = Texts.required(problems, "analysis", command.analysis());
		String action = Texts.required(problems, "action", command.action());
		String owner = Texts.required(problems, "ownerUnit", command.ownerUnit());
		if (owner != null && this.organization.unitsOfAgency(state.round.agencyId)
			.stream()
			.map(UnitView::code)
			.noneMatch(owner::equals)) {
			problems.add(new FieldProblem("ownerUnit", "round.actionPlan.unknownUnit", owner));
		}
		if (command.dueDate() == null) {
			problems.add(new FieldProblem("dueDate", "validation.required"));
		}
		Texts.limit(problems, "analysis", analysis, 4000);
		Texts.limit(problems, "action", action, 4000);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = this.changes.now();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("indicatorCode", code);
		values.put("indicatorName", entry.indicatorName);
		values.put("analysis", analysis);
		values.put("action", action);
		values.put("ownerUnit", owner);
		values.put("dueDate", command.dueDate());
		this.plans.insert(state.round.agencyId, state.round.id, values, now, user.username());
		values.put("dueDate", command.dueDate().toString());
		this.changes.journal(state, "ACTION_PLAN:" + code, "ACTION_PLAN_ADDED", user, null, values, null);
		this.changes.finish(state, now);
	}

	ActionPlanView setStatus(RoundState state, long planId, String status, Long version, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.FOLLOW_UP, state);
		ActionPlanView plan = this.plans.find(planId)
			.filter((p) -> this.of(state).stream().anyMatch((v) -> v.id() == p.id()))
			.orElseThrow(() -> new NotFoundException("round.actionPlan.unknown"));
		ActionPlanStatus wanted = ActionPlanStatus.named(status)
			.orElseThrow(() -> new InvalidInputException("status", "round.actionPlan.status"));
		if (version == null) {
			throw new InvalidInputException("version", "validation.required");
		}
		ActionPlanStatus current = ActionPlanStatus.valueOf(plan.status());
		Transitions.check("ACTION_PLAN:" + plan.indicatorCode(), current, wanted, current.mayBecome(wanted));
		Instant now = this.changes.now();
		this.plans.updateStatus(planId, version, wanted.name(), now);
		this.changes.journal(state, "ACTION_PLAN:" + plan.indicatorCode(), "ACTION_PLAN_STATUS", user,
				Map.of("status", plan.status()), Map.of("status", wanted.name()), null);
		return this.plans.find(planId).orElseThrow();
	}

}
