package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.round.ActionPlanView;
import id.ukur.round.Commands;
import id.ukur.round.EntryHistoryView;
import id.ukur.round.EntryView;
import id.ukur.round.EvidenceView;
import id.ukur.round.Recap;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import id.ukur.round.SealView;
import id.ukur.round.StepView;
import id.ukur.shared.FileStore;
import id.ukur.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rounds facade: loads and checks, then hands each act to the part that owns it. */
@Service
@Transactional
class RoundService implements Rounds {

	private final RoundLoader loader;

	private final RoundStore rounds;

	private final RoundViews views;

	private final Ordering ordering;

	private final Collection collection;

	private final Calculation calculation;

	private final Workflow workflow;

	private final FollowUp followUp;

	private final EntryStore entries;

	private final FileStore files;

	private final Organization organization;

	private final RoundChanges changes;

	private final Cancelling cancelling;

	private final RoundLists lists;

	RoundService(RoundLoader loader, RoundStore rounds, RoundViews views, Ordering ordering, Collection collection,
			Calculation calculation, Workflow workflow, FollowUp followUp, EntryStore entries, FileStore files,
			Organization organization, RoundChanges changes, Cancelling cancelling, RoundLists lists) {
		this.loader = loader;
		this.rounds = rounds;
		this.views = views;
		this.ordering = ordering;
		this.collection = collection;
		this.calculation = calculation;
		this.workflow = workflow;
		this.followUp = followUp;
		this.entries = entries;
		this.files = files;
		this.organization = organization;
		this.changes = changes;
		this.cancelling = cancelling;
		this.lists = lists;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RoundView> rounds(String agencyCode, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		Instant now = this.changes.now();
		// the views of all the agency's rounds from a fixed number of queries
		return this.lists.views(this.rounds.ofAgency(agency.id()), user, now);
	}

	@Override
	@Transactional(readOnly = true)
	public RoundView round(long id, CurrentUser user) {
		return this.views.round(this.loader.summary(id, user), user, this.changes.now());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canOrder(String agencyCode, CurrentUser user) {
		return this.ordering.canOrder(this.organization.agency(agencyCode, user), user);
	}

	@Override
	public RoundView order(String agencyCode, Commands.Order order, CurrentUser user) {
		long id = this.ordering.order(this.organization.agency(agencyCode, user), order, user);
		return round(id, user);
	}

	@Override
	public RoundView prepareForms(long id, CurrentUser user) {
		this.workflow.prepareForms(lock(id, user), user);
		return round(id, user);
	}

	@Override
	public RoundView distributeForms(long id, CurrentUser user) {
		this.workflow.distribute(lock(id, user), user);
		return round(id, user);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EntryView> entries(long id, CurrentUser user) {
		return this.views.entries(this.loader.load(id, user, false), user);
	}

	@Override
	@Transactional(readOnly = true)
	public EntryView entry(long id, String indicatorCode, CurrentUser user) {
		return entries(id, user).stream()
			.filter((e) -> e.indicatorCode().equals(indicatorCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("round.entry.unknown"));
	}

	@Override
	@Transactional(readOnly = true)
	public List<EntryHistoryView> history(long id, String indicatorCode, CurrentUser user) {
		RoundState state = this.loader.load(id, user, false);
		return this.entries.history(state.entry(indicatorCode).id);
	}

	@Override
	public EntryView saveEntry(long id, String indicatorCode, Commands.EntryInput input, CurrentUser user) {
		RoundState state = lock(id, user);
		this.collection.save(state, indicatorCode, input, user);
		// the answer from the round just changed, not from a second load of it
		return this.views.entry(state, indicatorCode, user);
	}

	@Override
	public EvidenceView addEvidence(long id, String indicatorCode, String fileName, byte[] content, CurrentUser user) {
		return this.collection.addEvidence(lock(id, user), indicatorCode, fileName, content, user);
	}

	@Override
	@Transactional(readOnly = true)
	public Evidence evidence(long id, long evidenceId, CurrentUser user) {
		RoundState state = this.loader.load(id, user, false);
		EntryStore.EvidenceRow row = this.entries.evidenceOfRound(state.round.id)
			.stream()
			.filter((e) -> e.view().id() == evidenceId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("round.evidence.unknown"));
		return new Evidence(row.view(), this.files.content(row.fileKey()));
	}

	@Override
	public RoundView submitForm(long id, String unitCode, CurrentUser user) {
		this.collection.submit(lock(id, user), unitCode, user);
		return round(id, user);
	}

	@Override
	public ValidationRights validation(long id, CurrentUser user) {
		return ValidationRule.rights(this.loader.load(id, user, false), user);
	}

	@Override
	public EntryView accept(long id, String indicatorCode, CurrentUser user) {
		this.collection.accept(lock(id, user), indicatorCode, user);
		return entry(id, indicatorCode, user);
	}

	@Override
	public EntryView returnEntry(long id, String indicatorCode, String reason, CurrentUser user) {
		this.collection.returnEntry(lock(id, user), indicatorCode, reason, user);
		return entry(id, indicatorCode, user);
	}

	@Override
	public EntryView markNotReported(long id, String indicatorCode, String reason, CurrentUser user) {
		this.collection.markNotReported(lock(id, user), indicatorCode, reason, user);
		return entry(id, indicatorCode, user);
	}

	@Override
	public Recap calculate(long id, CurrentUser user) {
		return this.calculation.calculate(lock(id, user), user);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Recap> recap(long id, CurrentUser user) {
		RoundState state = this.loader.load(id, user, false);
		Recap recap = this.calculation.soFar(state);
		return recap.calculated() ? Optional.of(recap) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public Recap recapSoFar(long id, CurrentUser user) {
		return this.calculation.soFar(this.loader.load(id, user, false));
	}

	@Override
	public RoundView submitForReview(long id, CurrentUser user) {
		this.workflow.submitForReview(lock(id, user), user);
		return round(id, user);
	}

	@Override
	public RoundView review(long id, Commands.Review review, CurrentUser user) {
		this.workflow.review(lock(id, user), review, user);
		return round(id, user);
	}

	@Override
	public SealView sign(long id, CurrentUser user) {
		SealStore.SealRecord seal = this.workflow.sign(lock(id, user), user);
		return RoundReportService.sealView(seal);
	}

	@Override
	public RoundView reopen(long id, String reason, CurrentUser user) {
		this.workflow.reopen(lock(id, user), reason, user);
		return round(id, user);
	}

	@Override
	public RoundView cancel(long id, String reason, CurrentUser user) {
		this.cancelling.cancel(lock(id, user), reason, user);
		return round(id, user);
	}

	@Override
	public RoundView send(long id, CurrentUser user) {
		this.workflow.send(lock(id, user), user);
		return round(id, user);
	}

	@Override
	public RoundView acknowledge(long id, CurrentUser user) {
		this.workflow.acknowledge(lock(id, user), user);
		return round(id, user);
	}

	@Override
	public RoundView archive(long id, String archiveReference, CurrentUser user) {
		this.workflow.archive(lock(id, user), archiveReference, user);
		return round(id, user);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ActionPlanView> actionPlans(long id, CurrentUser user) {
		return this.followUp.of(this.loader.load(id, user, false));
	}

	@Override
	public ActionPlanView addActionPlan(long id, Commands.ActionPlan plan, CurrentUser user) {
		RoundState state = lock(id, user);
		this.followUp.add(state, plan, user);
		List<ActionPlanView> plans = this.followUp.of(state);
		return plans.stream()
			.filter((p) -> p.roundId() == id)
			.reduce((a, b) -> (a.id() > b.id()) ? a : b)
			.orElseThrow();
	}

	@Override
	public ActionPlanView setActionPlanStatus(long id, long planId, String status, Long version, CurrentUser user) {
		return this.followUp.setStatus(lock(id, user), planId, status, version, user);
	}

	@Override
	public RoundView completeStep(long id, int number, String note, String decision, CurrentUser user) {
		this.workflow.completeStep(lock(id, user), number, note, decision, user);
		return round(id, user);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StepView> steps(long id, CurrentUser user) {
		return this.views.steps(this.loader.load(id, user, false), this.changes.now());
	}

	private RoundState lock(long id, CurrentUser user) {
		return this.loader.load(id, user, true);
	}

}
