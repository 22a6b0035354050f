package id.ukur.organization.internal;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import id.ukur.audit.JournalKind;
import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.OfficialCommand;
import id.ukur.organization.OfficialView;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionKind;
import id.ukur.organization.RegionView;
import id.ukur.organization.UnitCommand;
import id.ukur.organization.UnitKind;
import id.ukur.organization.UnitView;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;
import id.ukur.shared.OptimisticLock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganizationService implements Organization {

	private final RegionRepository regions;

	private final AgencyRepository agencies;

	private final UnitRepository units;

	private final OfficialRepository officials;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final DirectoryService directory;

	private final OrganizationJournal journal;

	OrganizationService(RegionRepository regions, AgencyRepository agencies, UnitRepository units,
			OfficialRepository officials, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			OrganizationJournal journal, DirectoryService directory) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.journal = journal;
		this.regions = regions;
		this.agencies = agencies;
		this.units = units;
		this.officials = officials;
	}

	@Override
	public List<AgencyView> agenciesVisibleTo(CurrentUser user) {
		List<AgencyView> visible = new ArrayList<>();
		if (user.regionWide()) {
			visible.addAll(this.directory.agenciesOfRegion(user.regionId()));
		}
		else if (user.agencyId() != null) {
			agencyById(user.agencyId()).ifPresent(visible::add);
		}
		visible.sort(Comparator.comparing(AgencyView::regionName).thenComparing(AgencyView::name));
		return visible;
	}

	@Override
	public AgencyView agency(String code, CurrentUser user) {
		AgencyView agency = agencyByCode(code)
			.orElseThrow(() -> new NotFoundException("organization.agency.unknown", code));
		if (!user.canRead(agency)) {
			throw new ForbiddenException("access.agency.notYours", code);
		}
		return agency;
	}

	@Override // one query: every act on a round reads its agency (docs/performance.md, 4)
	public Optional<AgencyView> agencyById(long id) {
		return Optional.ofNullable(this.directory.agencies(List.of(id)).get(id));
	}

	@Override
	public Optional<AgencyView> agencyByCode(String code) {
		return this.directory.agencyByCode(code);
	}

	@Override
	public List<UnitView> unitsOfAgency(long agencyId) {
		return this.units.findByAgencyIdOrderByCode(agencyId).stream().map(OrganizationService::view).toList();
	}

	@Override
	public RegionView region(long id) {
		return this.regions.findById(id)
			.map(OrganizationService::view)
			.orElseThrow(() -> new NotFoundException("organization.region.unknown", id));
	}

	@Override
	public List<RegionView> regions() {
		return this.regions.findAllByOrderByName().stream().map(OrganizationService::view).toList();
	}

	@Override
	public List<UnitView> units(String agencyCode, CurrentUser user) {
		AgencyView agency = agency(agencyCode, user);
		return this.units.findByAgencyIdOrderByCode(agency.id()).stream().map(OrganizationService::view).toList();
	}

	@Override
	public UnitView unit(String agencyCode, String unitCode, CurrentUser user) {
		AgencyView agency = agency(agencyCode, user);
		return this.units.findByAgencyIdAndCode(agency.id(), unitCode)
			.map(OrganizationService::view)
			.orElseThrow(() -> new NotFoundException("organization.unit.unknown", unitCode));
	}

	@Override
	@Transactional
	public UnitView createUnit(String agencyCode, UnitCommand command, CurrentUser user) {
		AgencyView agency = administered(agencyCode, user);
		String code = command.code().trim().toUpperCase();
		if (this.units.findByAgencyIdAndCode(agency.id(), code).isPresent()) {
			throw new InvalidInputException("code", "validation.unit.duplicate", code);
		}
		UnitView saved = view(this.units
			.save(new Unit(null, agency.id(), code, command.name().trim(), command.kind().name(), true, null)));
		unitLine(agency, code, "UNIT_CREATED", user, null, saved);
		return saved;
	}

	@Override
	@Transactional
	public UnitView updateUnit(String agencyCode, String unitCode, UnitCommand command, CurrentUser user) {
		AgencyView agency = administered(agencyCode, user);
		Unit row = this.units.findByAgencyIdAndCode(agency.id(), unitCode)
			.orElseThrow(() -> new NotFoundException("organization.unit.unknown", unitCode));
		OptimisticLock.require(row.version(), command.version());
		String code = command.code().trim().toUpperCase();
		if (!code.equals(row.code()) && this.units.findByAgencyIdAndCode(agency.id(), code).isPresent()) {
			throw new InvalidInputException("code", "validation.unit.duplicate", code);
		}
		UnitView saved = view(this.units.save(new Unit(row.id(), row.agencyId(), code, command.name().trim(),
				command.kind().name(), row.active(), row.version())));
		unitLine(agency, code, "UNIT_CHANGED", user, view(row), saved);
		return saved;
	}

	@Override
	@Transactional
	public void setUnitActive(String agencyCode, String unitCode, boolean active, CurrentUser user) {
		AgencyView agency = administered(agencyCode, user);
		Unit row = this.units.findByAgencyIdAndCode(agency.id(), unitCode)
			.orElseThrow(() -> new NotFoundException("organization.unit.unknown", unitCode));
		if (row.active() == active) {
			return;
		}
		UnitView saved = view(this.units
			.save(new Unit(row.id(), row.agencyId(), row.code(), row.name(), row.kind(), active, row.version())));
		unitLine(agency, row.code(), active ? "UNIT_ACTIVATED" : "UNIT_DEACTIVATED", user, view(row), saved);
	}

	private void unitLine(AgencyView agency, String code, String action, CurrentUser user, UnitView before,
			UnitView after) {
		this.journal.changed(JournalKind.ORGANIZATION, agency.regionId(), agency.id(), "UNIT:" + code, action,
				user.username(), before, after);
	}

	@Override
	public List<OfficialView> officials(String agencyCode, CurrentUser user) {
		AgencyView agency = agency(agencyCode, user);
		return this.officials.findByAgencyIdOrderByName(agency.id()).stream().map(OrganizationService::view).toList();
	}

	@Override
	public Optional<OfficialView> officialById(long id) {
		return this.officials.findById(id).map(OrganizationService::view);
	}

	@Override
	public Optional<OfficialView> officialOfRole(long agencyId, id.ukur.organization.Role role) {
		return this.jdbc
			.sql("select u.official_id from app_user u join role_grant r on r.app_user = u.id"
					+ " where u.agency_id = ? and r.role = ? and u.active = true and u.official_id is not null"
					+ " order by u.id")
			.params(agencyId, role.name())
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.flatMap(this.officials::findById)
			.map(OrganizationService::view);
	}

	@Override
	@Transactional
	public OfficialView createOfficial(String agencyCode, OfficialCommand command, CurrentUser user) {
		AgencyView agency = administered(agencyCode, user);
		String nip = checkedNip(command.nip(), null);
		OfficialView saved = view(this.officials.save(new Official(null, agency.id(), command.name().trim(),
				command.position().trim(), blankToNull(command.rank()), nip, true, null)));
		officialLine(agency, "OFFICIAL_CREATED", user, null, saved);
		return saved;
	}

	@Override
	@Transactional
	public OfficialView updateOfficial(String agencyCode, long officialId, OfficialCommand command, CurrentUser user) {
		AgencyView agency = administered(agencyCode, user);
		Official row = ownOfficial(agency, officialId);
		OptimisticLock.require(row.version(), command.version());
		String nip = checkedNip(command.nip(), row.id());
		OfficialView saved = view(this.officials.save(new Official(row.id(), row.agencyId(), command.name().trim(),
				command.position().trim(), blankToNull(command.rank()), nip, row.active(), row.version())));
		officialLine(agency, "OFFICIAL_CHANGED", user, view(row), saved);
		return saved;
	}

	@Override
	@Transactional
	public void setOfficialActive(String agencyCode, long officialId, boolean active, CurrentUser user) {
		AgencyView agency = administered(agencyCode, user);
		Official row = ownOfficial(agency, officialId);
		if (row.active() == active) {
			return;
		}
		OfficialView saved = view(this.officials.save(new Official(row.id(), row.agencyId(), row.name(),
				row.positionTitle(), row.rankGrade(), row.nip(), active, row.version())));
		officialLine(agency, active ? "OFFICIAL_ACTIVATED" : "OFFICIAL_DEACTIVATED", user, view(row), saved);
	}

	private void officialLine(AgencyView agency, String action, CurrentUser user, OfficialView before,
			OfficialView after) {
		this.journal.changed(JournalKind.ORGANIZATION, agency.regionId(), agency.id(), "OFFICIAL:" + after.name(),
				action, user.username(), before, after);
	}

	private Official ownOfficial(AgencyView agency, long officialId) {
		return this.officials.findById(officialId)
			.filter((row) -> row.agencyId() == agency.id())
			.orElseThrow(() -> new NotFoundException("organization.official.unknown", officialId));
	}

	private String checkedNip(String nip, Long ownId) {
		String problem = id.ukur.organization.Nip.problem(nip);
		if (problem != null) {
			throw new InvalidInputException("nip", problem);
		}
		String digits = id.ukur.organization.Nip.normalize(nip);
		this.officials.findByNip(digits).filter((other) -> !other.id().equals(ownId)).ifPresent((other) -> {
			throw new InvalidInputException("nip", "validation.nip.duplicate");
		});
		return digits;
	}

	private AgencyView administered(String agencyCode, CurrentUser user) {
		AgencyView agency = agency(agencyCode, user);
		AdminRights.requireRegion(user, agency.regionId());
		return agency;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	AgencyView view(Agency row) {
		Region region = this.regions.findById(row.regionId()).orElseThrow();
		return new AgencyView(row.id(), row.code(), row.name(), row.shortName(), row.address(), row.active(),
				region.id(), region.code(), region.name());
	}

	static UnitView view(Unit row) {
		return new UnitView(row.id(), row.agencyId(), row.code(), row.name(), UnitKind.valueOf(row.kind()),
				row.active(), row.version());
	}

	static OfficialView view(Official row) {
		return new OfficialView(row.id(), row.agencyId(), row.name(), row.positionTitle(), row.rankGrade(), row.nip(),
				row.active(), row.version());
	}

	static RegionView view(Region row) {
		var days = Arrays.stream(row.workingDays().split(","))
			.filter((day) -> !day.isBlank())
			.map(DayOfWeek::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
		return new RegionView(row.id(), row.code(), row.name(), RegionKind.valueOf(row.kind()),
				ZoneId.of(row.timeZone()), days, row.workStart(), row.workEnd(), row.ratingScaleCode(),
				row.achievementCap(), row.efficiencyThreshold(), row.followUpThreshold(), row.version());
	}

}
