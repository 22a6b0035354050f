package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.UnitView;
import id.ukur.organization.UserAccounts;
import id.ukur.round.EntryStatus;
import id.ukur.round.FormStatus;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundStatus;
import id.ukur.round.StepView;
import id.ukur.shared.InboxContributor;
import id.ukur.shared.InboxItem;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What rounds ask of a user on the home page: the unit's form to fill (due at the end of
 * the deadline day), values to validate, the current SOP step where the user acts in it
 * (by the same rule the acts are checked with), steps past their standard (for the
 * planner), a signed report to send where the SOP has no step for it, and for the
 * planning agency the reports received and not yet acknowledged. Archived rounds are not
 * loaded at all.
 */
@Component
class RoundInbox implements InboxContributor {

	private final UserAccounts accounts;

	private final RoundStore rounds;

	private final RoundLoader loader;

	private final RoundViews views;

	private final Organization organization;

	private final RoundChanges changes;

	RoundInbox(UserAccounts accounts, RoundStore rounds, RoundLoader loader, RoundViews views,
			Organization organization, RoundChanges changes) {
		this.accounts = accounts;
		this.rounds = rounds;
		this.loader = loader;
		this.views = views;
		this.organization = organization;
		this.changes = changes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<InboxItem> itemsFor(long userId) {
		List<InboxItem> items = new ArrayList<>();
		CurrentUser user = this.accounts.byId(userId).orElse(null);
		if (user == null) {
			return items;
		}
		Instant now = this.changes.now();
		if (user.agencyId() != null) {
			for (RoundRecord round : this.rounds.ofAgency(user.agencyId())) {
				if (round.status != RoundStatus.ARCHIVED && round.status != RoundStatus.CANCELLED) {
					forRound(this.loader.summary(round.id, user), user, now, items);
				}
			}
		}
		if (RoundPolicy.region(user).allowed()) {
			for (RoundRecord round : this.rounds.sentInRegion(user.regionId())) {
				if (round.acknowledgedAt == null && RoundPolicy.acknowledger(user, round).allowed()) {
					String agency = this.organization.agencyById(round.agencyId).map(AgencyView::name).orElse("");
					items.add(new InboxItem("received", "inbox.round.acknowledge",
							new Object[] { agency, RoundChanges.label(round) }, "/rounds/received", null, false));
				}
			}
		}
		return items;
	}

	private void forRound(RoundState state, CurrentUser user, Instant now, List<InboxItem> items) {
		RoundRecord round = state.round;
		String label = RoundChanges.label(round);
		String link = "/rounds/" + round.id;
		// the unit's form to fill, while it may be filled
		state.forms.stream()
			.filter((f) -> RoundPolicy.decide(user, RoundAction.FILL, state, f).allowed())
			.findFirst()
			.ifPresent((form) -> {
				ZoneId zone = this.organization.region(round.regionId).timeZone();
				// due at the end of the deadline day; late from the next day on
				Instant nextDay = round.deadline.plusDays(1).atStartOfDay(zone).toInstant();
				boolean returned = form.status == FormStatus.RETURNED;
				items.add(new InboxItem("forms", returned ? "inbox.round.formReturned" : "inbox.round.form",
						new Object[] { unitName(round.agencyId, form.unitCode), label },
						link + "/units/" + form.unitCode, nextDay.minusSeconds(60), !now.isBefore(nextDay)));
			});
		// values wait for a validator once the SOP reaches its validation step, and never
		// for a validator of their own unit (docs/security.md, "Separation of duties")
		if (RoundPolicy.decide(user, RoundAction.SETTLE, state).allowed()) {
			long waiting = state.entries.stream()
				.filter((e) -> e.status == EntryStatus.SUBMITTED)
				.filter((e) -> !e.unitCode.equals(user.unitCode()))
				.count();
			if (waiting > 0) {
				items.add(new InboxItem("validation", "inbox.round.validate", new Object[] { waiting, label },
						link + "/validation", null, false));
			}
		}
		boolean own = RoundPolicy.ownAgency(user, round.agencyId);
		StepRecord current = SopExecutor.current(state.steps);
		if (current != null && own) {
			Step step = state.executor.step(current.number);
			StepView view = this.views.step(state, current, now);
			if (!step.binding().condition() && RoundPolicy.decide(user, RoundAction.ACT_ON_STEP, state).allowed()) {
				items.add(new InboxItem("steps", "inbox.round.step",
						new Object[] { step.number(), step.activity(), label }, link, view.due(), view.late()));
			}
			else if (view.late() && RoundPolicy.watchesSteps(user)) {
				items.add(new InboxItem("steps", "inbox.round.stepLate",
						new Object[] { step.number(), step.activity(), label, state.executor.laneNames(step) }, link,
						view.due(), true));
			}
		}
		if (round.status == RoundStatus.SEALED && !state.executor.has(Checkpoint.SEND) && RoundPolicy.watchesSteps(user)
				&& RoundPolicy.decide(user, RoundAction.SEND, state).allowed()) {
			items.add(new InboxItem("steps", "inbox.round.send", new Object[] { label }, link, null, false));
		}
	}

	private String unitName(long agencyId, String unitCode) {
		return this.organization.unitsOfAgency(agencyId)
			.stream()
			.filter((unit) -> unit.code().equals(unitCode))
			.map(UnitView::name)
			.findFirst()
			.orElse(unitCode);
	}

}
