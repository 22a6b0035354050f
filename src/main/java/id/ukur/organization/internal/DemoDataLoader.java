package id.ukur.organization.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import id.ukur.organization.DemoAccount;
import id.ukur.organization.DemoOrganizationLoaded;
import id.ukur.organization.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo organisation on start when {@code ukur.demo.enabled} is true and it is
 * not there yet, then announces it so that other modules add their demo data.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoAccountsService demo;

	private final RegionRepository regions;

	private final AgencyRepository agencies;

	private final UnitRepository units;

	private final OfficialRepository officials;

	private final UserRepository users;

	private final HolidayRepository holidays;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoDataLoader(DemoAccountsService demo, RegionRepository regions, AgencyRepository agencies, UnitRepository units,
			OfficialRepository officials, UserRepository users, HolidayRepository holidays, PasswordEncoder encoder,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.demo = demo;
		this.regions = regions;
		this.agencies = agencies;
		this.units = units;
		this.officials = officials;
		this.users = users;
		this.holidays = holidays;
		this.encoder = encoder;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled()) {
			return;
		}
		boolean loaded = Boolean.TRUE.equals(this.transactions.execute((status) -> load()));
		if (loaded) {
			log.info("Demo organisation loaded: {} accounts, password '{}'", DemoCatalog.accounts().size(),
					DemoCatalog.PASSWORD);
		}
		this.events.publishEvent(new DemoOrganizationLoaded(loaded));
	}

	private boolean load() {
		if (this.regions.findByCode(DemoCatalog.REGIONS.get(0).code()).isPresent()) {
			return false;
		}
		String hash = this.encoder.encode(DemoCatalog.PASSWORD);
		Map<String, Long> regionIds = new HashMap<>();
		Map<String, Long> agencyIds = new HashMap<>();
		Map<String, Long> unitIds = new HashMap<>();
		for (DemoCatalog.Region region : DemoCatalog.REGIONS) {
			Region row = this.regions.save(new Region(null, region.code(), region.name(), region.kind().name(),
					"Asia/Jakarta", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", LocalTime.of(7, 30),
					LocalTime.of(16, 0), "DEFAULT", null, java.math.BigDecimal.valueOf(5), "SEDANG",
					id.ukur.calculation.Plausibility.DEFAULT_JUMP_FACTOR, null));
			regionIds.put(region.code(), row.id());
			DemoHolidays.ALL.forEach((date, name) -> this.holidays.save(new Holiday(null, row.id(), date, name)));
			for (DemoCatalog.Agency agency : region.agencies()) {
				Agency agencyRow = this.agencies.save(new Agency(null, row.id(), agency.code(), agency.name(),
						agency.shortName(), agency.address(), true, null));
				agencyIds.put(agency.code(), agencyRow.id());
				for (DemoCatalog.Unit unit : agency.units()) {
					Unit unitRow = this.units
						.save(new Unit(null, agencyRow.id(), unit.code(), unit.name(), unit.kind().name(), true, null));
					unitIds.put(agency.code() + "/" + unit.code(), unitRow.id());
				}
			}
		}
		int seq = 0;
		for (DemoAccount account : DemoCatalog.accounts()) {
			seq++;
			boolean regionWide = account.role().regionWide();
			String regionCode = regionWide ? account.scopeCode() : regionOf(account.scopeCode());
			Long agencyId = regionWide ? null : agencyIds.get(account.scopeCode());
			Long unitId = account.unitCode().isEmpty() ? null
					: unitIds.get(account.scopeCode() + "/" + account.unitCode());
			boolean senior = account.role() == Role.HEAD || account.role() == Role.SECRETARY;
			String name = DemoPeople.name(seq, senior);
			Long officialId = null;
			if (agencyId != null && account.role() != Role.TEAM && account.role() != Role.UNIT_STAFF) {
				officialId = this.officials
					.save(new Official(null, agencyId, name, position(account), DemoPeople.rank(level(account.role())),
							DemoPeople.nip(seq), true, null))
					.id();
			}
			this.users.save(new AppUser(null, account.username(), hash, name, account.username() + "@demo.ukur.id",
					regionIds.get(regionCode), agencyId, unitId, officialId, true, false, this.clock.instant(),
					Set.of(new RoleGrant(account.role().name())), null));
		}
		return true;
	}

	private static String regionOf(String agencyCode) {
		return agencyCode.substring(0, agencyCode.indexOf('-'));
	}

	private static int level(Role role) {
		return switch (role) {
			case HEAD -> 0;
			case SECRETARY -> 1;
			case UNIT_HEAD -> 2;
			default -> 3;
		};
	}

	/**
	 * The position as printed under a signature: the agency's full name, never its short
	 * name ("Kepala Dinas Perindustrian dan Tenaga Kerja …", not "Kepala Disperinaker").
	 */
	private static String position(DemoAccount account) {
		String agency = DemoCatalog.REGIONS.stream()
			.flatMap((region) -> region.agencies().stream())
			.filter((candidate) -> candidate.code().equals(account.scopeCode()))
			.findFirst()
			.orElseThrow()
			.name();
		return switch (account.role()) {
			case HEAD -> "Kepala " + agency;
			case SECRETARY -> "Sekretaris " + agency;
			case PLANNER -> "Kepala Sub Bagian Perencanaan dan Pelaporan";
			case UNIT_HEAD -> "Kepala " + unitName(account);
			default -> "Pelaksana";
		};
	}

	private static String unitName(DemoAccount account) {
		return DemoCatalog.REGIONS.stream()
			.flatMap((region) -> region.agencies().stream())
			.filter((agency) -> agency.code().equals(account.scopeCode()))
			.flatMap((agency) -> agency.units().stream())
			.filter((unit) -> unit.code().equals(account.unitCode()))
			.findFirst()
			.orElseThrow()
			.name();
	}

}
