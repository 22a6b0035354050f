package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Directory;
import id.ukur.organization.UserAccounts;
import id.ukur.round.RoundStatus;
import id.ukur.round.StepView;
import id.ukur.shared.InboxContributor;
import id.ukur.shared.InboxItem;
import id.ukur.shared.InboxRound;
import id.ukur.sop.SopDefinition.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What rounds ask of a user on the home page (docs/rounds.md, "The inbox"): exactly what
 * {@link RoundPolicy} lets the user do now, each item under its round's label — the
 * unit's form to fill or correct, values to validate, the act the current SOP step waits
 * for ({@link StepWork}), a calculation an SOP without a calculation step needs, acts
 * outside the SOP after the signature, steps past their standard (for the planner), and
 * for the planning agency the reports received and not yet acknowledged; and the agency's
 * running rounds with the step that holds each. Archived and cancelled rounds are not
 * read at all; the running ones are read together ({@link RoundLists}), in a fixed number
 * of queries however many there are.
 */
@Component
class RoundInbox implements InboxContributor {

	private final UserAccounts accounts;

	private final RoundStore rounds;

	private final RoundLists lists;

	private final Directory directory;

	private final RoundChanges changes;

	private final RoundInboxItems items;

	RoundInbox(UserAccounts accounts, RoundStore rounds, RoundLists lists, Directory directory, RoundChanges changes,
			RoundInboxItems items) {
		this.accounts = accounts;
		this.rounds = rounds;
		this.lists = lists;
		this.directory = directory;
		this.changes = changes;
		this.items = items;
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
			items.addAll(roundItems(this.lists.read(running(user), user), user, now));
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

	/** The agency's running rounds, each with the step that holds it. */
	@Override
	@Transactional(readOnly = true)
	public List<InboxRound> roundsFor(long userId) {
		CurrentUser user = this.accounts.byId(userId).orElse(null);
		if (user == null || user.agencyId() == null) {
			return List.of();
		}
		Instant now = this.changes.now();
		List<InboxRound> running = new ArrayList<>();
		for (RoundLists.Listed listed : this.lists.read(running(user), user)) {
			RoundState state = listed.state();
			StepRecord current = SopExecutor.current(state.steps);
			String label = RoundChanges.label(state.round);
			String link = "/rounds/" + state.round.id;
			if (current == null) {
				running.add(new InboxRound(label, link, null, null, null, null, false));
				continue;
			}
			Step step = state.executor.step(current.number);
			StepView view = RoundViews.step(state.executor, current, now, listed.calendar().get());
			running.add(new InboxRound(label, link, step.number(), step.activity(), state.executor.laneNames(step),
					view.due(), view.late()));
		}
		return running;
	}

	private List<RoundRecord> running(CurrentUser user) {
		return this.rounds.ofAgency(user.agencyId())
			.stream()
			.filter((round) -> round.status != RoundStatus.ARCHIVED && round.status != RoundStatus.CANCELLED)
			.toList();
	}

	/** The items of an agency's running rounds, in the list's order. */
	List<InboxItem> roundItems(List<RoundLists.Listed> rounds, CurrentUser user, Instant now) {
		return this.items.of(rounds, user, now);
	}

}
