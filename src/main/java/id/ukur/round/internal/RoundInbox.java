package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Directory;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What rounds ask of a user on the home page: the unit's form to fill (due at the end of
 * the deadline day), values to validate, the current SOP step where the user acts in it
 * (by the same rule the acts are checked with), steps past their standard (for the
 * planner), a signed report to send where the SOP has no step for it, and for the
 * planning agency the reports received and not yet acknowledged. Archived and cancelled
 * rounds are not read at all; the running ones are read together ({@link RoundLists}), in
 * a fixed number of queries however many there are.
 */
@Component
class RoundInbox implements InboxContributor {

	private final UserAccounts accounts;

	private final RoundStore rounds;

	private final RoundLists lists;

	private final RoundViews views;

	private final Directory directory;

	private final RoundChanges changes;

	RoundInbox(UserAccounts accounts, RoundStore rounds, RoundLists lists, RoundViews views, Directory directory,
			RoundChanges changes) {
		this.accounts = accounts;
		this.rounds = rounds;
		this.lists = lists;
		this.views = views;
		this.directory = directory;
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
			// the rounds still running, read together in a fixed number of queries
			List<RoundRecord> running = this.rounds.ofAgency(user.agencyId())
				.stream()
				.filter((round) -> round.status != RoundStatus.ARCHIVED && round.status != RoundStatus.CANCELLED)
				.toList();
			items.addAll(roundItems(this.lists.read(running, user), user, now));
		}
		if (RoundPolicy.region(user).allowed()) {
			List<RoundRecord> sent = this.rounds.sentInRegion(user.regionId());
			Map<Long, AgencyView> agencies = this.directory
				.agencies(sent.stream().map((round) -> round.agencyId).collect(Collectors.toSet()));
			for (RoundRecord round : sent) {
				if (round.acknowledgedAt == null && RoundPolicy.acknowledger(user, round).allowed()) {
					AgencyView found = agencies.get(round.agencyId);
					String agency = (found != null) ? found.name() : "";
					items.add(new InboxItem("received", "inbox.round.acknowledge",
							new Object[] { agency, RoundChanges.label(round) }, "/rounds/received", null, false));
				}
			}
		}
		return items;
	}

	/** The items of an agency's running rounds, in the list's order. */
	List<InboxItem> roundItems(List<RoundLists.Listed> rounds, CurrentUser user, Instant now) {
		List<InboxItem> items = new ArrayList<>();
		rounds.forEach((round) -> forRound(round, user, now, items));
		return items;
	}

	private void forRound(RoundLists.Listed listed, CurrentUser user, Instant now, List<InboxItem> items) {
		RoundState state = listed.state();
		RoundRecord round = state.round;
		String label = RoundChanges.label(round);
		String link = "/rounds/" + round.id;
		formToFill(listed, user, now, label, link).ifPresent(items::add);
		// values wait for a validator once the SOP reaches its validation step, and never
		// for a validator of their own unit (docs/security.md, "Separation of duties")
		if (RoundPolicy.decide(user, RoundAction.SETTLE, state).allowed()) {
			long waiting = listed.tallies()
				.stream()
				.filter((t) -> t.status() == EntryStatus.SUBMITTED)
				.filter((t) -> !t.unitCode().equals(user.unitCode()))
				.mapToLong(FormCounts.Tally::count)
				.sum();
			if (waiting > 0) {
				items.add(new InboxItem("validation", "inbox.round.validate", new Object[] { waiting, label },
						link + "/validation", null, false));
			}
		}
		boolean own = RoundPolicy.ownAgency(user, round.agencyId);
		StepRecord current = SopExecutor.current(state.steps);
		if (current != null && own) {
			Step step = state.executor.step(current.number);
			StepView view = this.views.step(state, current, now, listed.calendar().get());
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

	/** The unit's form to fill, while it may be filled. */
	private static Optional<InboxItem> formToFill(RoundLists.Listed listed, CurrentUser user, Instant now, String label,
			String link) {
		RoundState state = listed.state();
		RoundRecord round = state.round;
		return state.forms.stream()
			.filter((f) -> RoundPolicy.decide(user, RoundAction.FILL, state, f).allowed())
			.findFirst()
			.map((form) -> {
				ZoneId zone = listed.calendar().get().zone();
				// due at the end of the deadline day; late from the next day on
				Instant nextDay = round.deadline.plusDays(1).atStartOfDay(zone).toInstant();
				boolean returned = form.status == FormStatus.RETURNED;
				return new InboxItem("forms", returned ? "inbox.round.formReturned" : "inbox.round.form",
						new Object[] { listed.unitNames().getOrDefault(form.unitCode, form.unitCode), label },
						link + "/units/" + form.unitCode, nextDay.minusSeconds(60), !now.isBefore(nextDay));
			});
	}

}
