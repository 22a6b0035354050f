package id.ukur.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import id.ukur.audit.JournalEntry;
import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.OfficialView;
import id.ukur.organization.UnitView;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanAction;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.Plans;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PlanService implements Plans {

	/** Who may change what: the module\'s one policy (pure, so one for all). */
	private static final PlanPolicy POLICY = new PlanPolicy();

	private final Organization organization;

	private final PlanStore store;

	private final Clock clock;

	private final PlanJournal journal;

	PlanService(Organization organization, PlanStore store, Clock clock, PlanJournal journal) {
		this.organization = organization;
		this.store = store;
		this.clock = clock;
		this.journal = journal;
	}

	@Override
	public Optional<PlanDocument> document(String agencyCode, int year, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		return this.store.read(agency.id(), year).map((plan) -> PlanTree.document(year, plan.version(), plan.roots()));
	}

	@Override
	public List<Integer> years(String agencyCode, CurrentUser user) {
		return this.store.years(this.organization.agency(agencyCode, user).id());
	}

	@Override
	public Set<PlanAction> actions(String agencyCode, CurrentUser user) {
		return POLICY.allowed(user, this.organization.agency(agencyCode, user));
	}

	@Override
	public void require(String agencyCode, PlanAction action, CurrentUser user) {
		allowed(agencyCode, action, user);
	}

	@Override
	public Optional<OfficialView> signatory(String agencyCode, CurrentUser user) {
		return this.organization.officialOfRole(this.organization.agency(agencyCode, user).id(), PlanPolicy.SIGNATORY);
	}

	@Override
	@Transactional
	public SaveResult replace(String agencyCode, int year, PlanDocument document, String reason, CurrentUser user) {
		AgencyView agency = allowed(agencyCode, PlanAction.EDIT, user);
		// a whole plan sent without the version it was read at would overwrite whatever
		// changed meanwhile: replacing an existing plan names the version it replaces
		if (document != null && document.version() == null && this.store.read(agency.id(), year).isPresent()) {
			throw new InvalidInputException("version", "plan.version.required");
		}
		return save(agency, year, document, reason, user);
	}

	@Override
	@Transactional
	public SaveResult copyToNextYear(String agencyCode, int year, CurrentUser user) {
		AgencyView agency = allowed(agencyCode, PlanAction.COPY, user);
		PlanDocument source = current(agency, year);
		if (this.store.read(agency.id(), year + 1).isPresent()) {
			throw new InvalidInputException("year", "plan.copy.exists", year + 1);
		}
		PlanDocument copy = PlanEdits.withoutActuals(new PlanDocument(year + 1, null, source.goals()));
		return save(agency, year + 1, copy, null, user);
	}

	@Override
	@Transactional
	public SaveResult saveIndicator(String agencyCode, int year, long version, String nodeCode, String originalCode,
			IndicatorDoc indicator, String reason, CurrentUser user) {
		return edit(agencyCode, year, version, reason, user,
				(document) -> PlanEdits.putIndicator(document, nodeCode, originalCode, indicator));
	}

	@Override
	@Transactional
	public SaveResult deleteIndicator(String agencyCode, int year, long version, String code, String reason,
			CurrentUser user) {
		return edit(agencyCode, year, version, reason, user, (document) -> PlanEdits.removeIndicator(document, code));
	}

	@Override
	@Transactional
	public SaveResult saveNode(String agencyCode, int year, long version, String parentCode, String originalCode,
			NodeInput node, String reason, CurrentUser user) {
		return edit(agencyCode, year, version, reason, user,
				(document) -> PlanEdits.putNode(document, parentCode, originalCode, node));
	}

	@Override
	@Transactional
	public SaveResult deleteNode(String agencyCode, int year, long version, String code, String reason,
			CurrentUser user) {
		return edit(agencyCode, year, version, reason, user, (document) -> PlanEdits.removeNode(document, code));
	}

	@Override
	public Optional<LocalDate> pkSignedOn(String agencyCode, int year, CurrentUser user) {
		return this.store.pkSignedOn(this.organization.agency(agencyCode, user).id(), year);
	}

	@Override
	@Transactional
	public void signPk(String agencyCode, int year, LocalDate signedOn, String reason, CurrentUser user) {
		AgencyView agency = allowed(agencyCode, PlanAction.SIGN_PK, user);
		PlanStore.StoredPlan plan = this.store.read(agency.id(), year)
			.orElseThrow(() -> new InvalidInputException("signedOn", "plan.pk.noPlan", year));
		if (signedOn != null && signedOn
			.isAfter(LocalDate.now(this.clock.withZone(this.organization.region(agency.regionId()).timeZone())))) {
			throw new InvalidInputException("signedOn", "plan.pk.future");
		}
		Optional<LocalDate> before = this.store.pkSignedOn(agency.id(), year);
		if (before.equals(Optional.ofNullable(signedOn))) {
			return;
		}
		String why = reason(before, reason);
		this.store.signPk(plan.id(), signedOn);
		this.journal.signature(agency.id(), year, before.orElse(null), signedOn, user.username(), why);
	}

	/**
	 * The reason of a change, checked: required once the year's PK is signed (so a signed
	 * agreement never changes without a word of why), at most the journal's length.
	 */
	private static String reason(Optional<LocalDate> signedOn, String reason) {
		String why = (reason == null || reason.isBlank()) ? null : reason.trim();
		if (why == null && signedOn.isPresent()) {
			throw new InvalidInputException("reason", "plan.reason.required", signedOn.get());
		}
		if (why != null && why.length() > JournalEntry.REASON_MAX) {
			throw new InvalidInputException("reason", "plan.reason.tooLong", JournalEntry.REASON_MAX);
		}
		return why;
	}

	private SaveResult edit(String agencyCode, int year, long version, String reason, CurrentUser user,
			UnaryOperator<PlanDocument> change) {
		AgencyView agency = allowed(agencyCode, PlanAction.EDIT, user);
		PlanDocument current = this.store.read(agency.id(), year)
			.map((plan) -> PlanTree.document(year, plan.version(), plan.roots()))
			.orElse(new PlanDocument(year, null, List.of()));
		PlanDocument changed = change.apply(current);
		return save(agency, year, new PlanDocument(year, (current.version() != null) ? version : null, changed.goals()),
				reason, user);
	}

	private SaveResult save(AgencyView agency, int year, PlanDocument document, String reason, CurrentUser user) {
		List<Node> roots = PlanTree.roots(document);
		Set<String> units = this.organization.units(agency.code(), user)
			.stream()
			.map(UnitView::code)
			.collect(Collectors.toSet());
		PlanValidator.PlanCheck check = PlanValidator.check(document.year(), year, roots, units);
		if (!check.errors().isEmpty()) {
			throw new InvalidInputException(check.errors());
		}
		Optional<PlanStore.StoredPlan> stored = this.store.read(agency.id(), year);
		PlanDocument before = stored.map((plan) -> PlanTree.document(year, null, plan.roots())).orElse(null);
		if (before != null && before.equals(new PlanDocument(year, null, document.goals()))) {
			return new SaveResult(stored.get().version(), false, check.warnings());
		}
		String why = reason(this.store.pkSignedOn(agency.id(), year), reason);
		long version = this.store.replace(agency.id(), year, document.version(), roots, user.username(),
				this.clock.instant());
		if (before == null) {
			this.journal.created(agency.id(), year, roots, user.username());
		}
		else {
			this.journal.changed(agency.id(), year, PlanTree.roots(before), roots, user.username(), why);
		}
		return new SaveResult(version, true, check.warnings());
	}

	private PlanDocument current(AgencyView agency, int year) {
		return this.store.read(agency.id(), year)
			.map((plan) -> PlanTree.document(year, plan.version(), plan.roots()))
			.orElseThrow(() -> new NotFoundException("plan.unknown", year));
	}

	/** The agency, once its policy allows the user the action. */
	private AgencyView allowed(String agencyCode, PlanAction action, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		POLICY.require(action, user, agency);
		return agency;
	}

}
