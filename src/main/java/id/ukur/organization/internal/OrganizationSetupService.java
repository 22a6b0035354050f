package id.ukur.organization.internal;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import id.ukur.audit.JournalKind;
import id.ukur.organization.AgencyCommand;
import id.ukur.organization.AgencyReadiness;
import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.OrganizationSetup;
import id.ukur.organization.RegionCommand;
import id.ukur.organization.RegionView;
import id.ukur.organization.Role;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganizationSetupService implements OrganizationSetup {

	/** Indonesia's three time zones: WIB, WITA, WIT. */
	static final Set<String> TIME_ZONES = Set.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");

	private final RegionRepository regions;

	private final AgencyRepository agencies;

	private final OrganizationService organization;

	private final JdbcClient jdbc;

	private final ObjectProvider<AgencyReadiness> readiness;

	private final OrganizationJournal journal;

	OrganizationSetupService(RegionRepository regions, AgencyRepository agencies, OrganizationService organization,
			JdbcClient jdbc, ObjectProvider<AgencyReadiness> readiness, OrganizationJournal journal) {
		this.regions = regions;
		this.agencies = agencies;
		this.organization = organization;
		this.jdbc = jdbc;
		this.readiness = readiness;
		this.journal = journal;
	}

	@Override
	@Transactional
	public RegionView createRegion(RegionCommand command, CurrentUser actor) {
		AdminRights.requireInstallation(actor);
		return insertRegion(command, actor.username());
	}

	/**
	 * Creates a region without asking who: for the first start, which has nobody to ask
	 * (see {@link FirstAdministrator}); everyone else comes through
	 * {@link #createRegion}. Journaled either way, with who created it.
	 */
	RegionView insertRegion(RegionCommand command, String actorName) {
		String code = command.code().trim().toLowerCase();
		String zone = (command.timeZone() == null || command.timeZone().isBlank()) ? "Asia/Jakarta"
				: command.timeZone().trim();
		if (!TIME_ZONES.contains(zone)) {
			throw new InvalidInputException("timeZone", "validation.timeZone.unknown", zone);
		}
		if (this.regions.findByCode(code).isPresent()) {
			throw new InvalidInputException("code", "validation.region.duplicate", code);
		}
		Region saved = this.regions.save(new Region(null, code, command.name().trim(), command.kind().name(), zone,
				"MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", LocalTime.of(7, 30), LocalTime.of(16, 0), "DEFAULT", null,
				BigDecimal.valueOf(5), "SEDANG", id.ukur.calculation.Plausibility.DEFAULT_JUMP_FACTOR, null));
		RegionView view = OrganizationService.view(saved);
		this.journal.changed(JournalKind.ORGANIZATION, saved.id(), null, "REGION:" + code, "REGION_CREATED", actorName,
				null, view);
		return view;
	}

	@Override
	@Transactional
	public AgencyView createAgency(String regionCode, AgencyCommand command, CurrentUser actor) {
		Region region = this.regions.findByCode(regionCode)
			.orElseThrow(() -> new NotFoundException("organization.region.unknown", regionCode));
		AdminRights.requireRegion(actor, region.id());
		String code = command.code().trim().toLowerCase();
		if (this.agencies.findByCode(code).isPresent()) {
			throw new InvalidInputException("code", "validation.agency.duplicate", code);
		}
		String address = (command.address() == null || command.address().isBlank()) ? null : command.address().trim();
		Agency saved = this.agencies.save(new Agency(null, region.id(), code, command.name().trim(),
				command.shortName().trim(), address, true, null));
		AgencyView view = this.organization.view(saved);
		this.journal.changed(JournalKind.ORGANIZATION, region.id(), saved.id(), "AGENCY:" + code, "AGENCY_CREATED",
				actor.username(), null, view);
		return view;
	}

	@Override
	public List<RegionAdministrators> regionsWithAdministrators(CurrentUser actor) {
		AdminRights.requireInstallation(actor);
		return this.regions.findAllByOrderByName().stream().map((region) -> {
			List<String> admins = this.jdbc
				.sql("select u.username from app_user u join role_grant g on g.app_user = u.id"
						+ " where u.region_id = ? and g.role = ? order by u.username")
				.params(region.id(), Role.ADMIN.name())
				.query(String.class)
				.list();
			int count = this.agencies.findByRegionIdOrderByName(region.id()).size();
			return new RegionAdministrators(OrganizationService.view(region), admins, count);
		}).toList();
	}

	@Override
	public List<AgencyReadiness.Item> readiness(String agencyCode, CurrentUser actor) {
		AgencyView agency = this.organization.agency(agencyCode, actor);
		AdminRights.requireRegion(actor, agency.regionId());
		return this.readiness.stream()
			.flatMap((module) -> module.check(agency).stream())
			.sorted(Comparator.comparingInt(AgencyReadiness.Item::order))
			.toList();
	}

	@Override
	public boolean anyUser() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
	}

}
