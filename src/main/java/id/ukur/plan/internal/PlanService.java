package id.ukur.plan.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;
import id.ukur.organization.UnitView;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.Plans;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PlanService implements Plans {

	private final Organization organization;

	private final PlanStore store;

	private final Clock clock;

	PlanService(Organization organization, PlanStore store, Clock clock) {
		this.organization = organization;
		this.store = store;
		this.clock = clock;
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
	public boolean canEdit(String agencyCode, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		return user.has(Role.PLANNER) && user.agencyId() != null && user.agencyId() == agency.id();
	}

	@Override
	@Transactional
	public SaveResult replace(String agencyCode, int year, PlanDocument document, CurrentUser user) {
		AgencyView agency = planner(agencyCode, user);
		return save(agency, year, document, user);
	}

	@Override
	@Transactional
	public SaveResult copyToNextYear(String agencyCode, int year, CurrentUser user) {
		AgencyView agency = planner(agencyCode, user);
		PlanDocument source = current(agency, year);
		if (this.store.read(agency.id(), year + 1).isPresent()) {
			throw new InvalidInputException("year", "plan.copy.exists", year + 1);
		}
		PlanDocument copy = PlanEdits.withoutActuals(new PlanDocument(year + 1, null, source.goals()));
		return save(agency, year + 1, copy, user);
	}

	@Override
	@Transactional
	public SaveResult saveIndicator(String agencyCode, int year, long version, String nodeCode, String originalCode,
			IndicatorDoc indicator, CurrentUser user) {
		return edit(agencyCode, year, version, user,
				(document) -> PlanEdits.putIndicator(document, nodeCode, originalCode, indicator));
	}

	@Override
	@Transactional
	public SaveResult deleteIndicator(String agencyCode, int year, long version, String code, CurrentUser user) {
		return edit(agencyCode, year, version, user, (document) -> PlanEdits.removeIndicator(document, code));
	}

	@Override
	@Transactional
	public SaveResult saveNode(String agencyCode, int year, long version, String parentCode, String originalCode,
			NodeInput node, CurrentUser user) {
		return edit(agencyCode, year, version, user,
				(document) -> PlanEdits.putNode(document, parentCode, originalCode, node));
	}

	@Override
	@Transactional
	public SaveResult deleteNode(String agencyCode, int year, long version, String code, CurrentUser user) {
		return edit(agencyCode, year, version, user, (document) -> PlanEdits.removeNode(document, code));
	}

	private SaveResult edit(String agencyCode, int year, long version, CurrentUser user,
			UnaryOperator<PlanDocument> change) {
		AgencyView agency = planner(agencyCode, user);
		PlanDocument current = this.store.read(agency.id(), year)
			.map((plan) -> PlanTree.document(year, plan.version(), plan.roots()))
			.orElse(new PlanDocument(year, null, List.of()));
		PlanDocument changed = change.apply(current);
		return save(agency, year, new PlanDocument(year, (current.version() != null) ? version : null, changed.goals()),
				user);
	}

	private SaveResult save(AgencyView agency, int year, PlanDocument document, CurrentUser user) {
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
		if (stored.isPresent()) {
			PlanDocument before = PlanTree.document(year, null, stored.get().roots());
			if (before.equals(new PlanDocument(year, null, document.goals()))) {
				return new SaveResult(stored.get().version(), false, check.warnings());
			}
		}
		long version = this.store.replace(agency.id(), year, document.version(), roots, user.username(),
				this.clock.instant());
		return new SaveResult(version, true, check.warnings());
	}

	private PlanDocument current(AgencyView agency, int year) {
		return this.store.read(agency.id(), year)
			.map((plan) -> PlanTree.document(year, plan.version(), plan.roots()))
			.orElseThrow(() -> new NotFoundException("No plan for " + year));
	}

	private AgencyView planner(String agencyCode, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		if (!(user.has(Role.PLANNER) && user.agencyId() != null && user.agencyId() == agency.id())) {
			throw new ForbiddenException("access.plan.plannerOnly");
		}
		return agency;
	}

}
