package id.ukur.organization.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.organization.UserCommand;
import id.ukur.organization.UserView;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/** Turns user rows into principals and views, and checks where a user may be placed. */
@Component
class UserRules {

	private final RegionRepository regions;

	private final AgencyRepository agencies;

	private final UnitRepository units;

	private final OfficialRepository officials;

	UserRules(RegionRepository regions, AgencyRepository agencies, UnitRepository units, OfficialRepository officials) {
		this.regions = regions;
		this.agencies = agencies;
		this.units = units;
		this.officials = officials;
	}

	CurrentUser current(AppUser row) {
		String regionCode = this.regions.findById(row.regionId()).map(Region::code).orElse(null);
		String agencyCode = (row.agencyId() != null)
				? this.agencies.findById(row.agencyId()).map(Agency::code).orElse(null) : null;
		String unitCode = (row.unitId() != null) ? this.units.findById(row.unitId()).map(Unit::code).orElse(null)
				: null;
		return new CurrentUser(row.id(), row.username(), row.passwordHash(), row.displayName(), row.regionId(),
				regionCode, row.agencyId(), agencyCode, row.unitId(), unitCode, roles(row), row.active());
	}

	UserView view(AppUser row) {
		CurrentUser user = current(row);
		return new UserView(row.id(), row.username(), row.displayName(), row.email(), user.agencyCode(),
				user.unitCode(), row.officialId(), user.roles(), row.active(), row.mustChangePassword(), row.version());
	}

	void requireAdmin(CurrentUser admin) {
		AdminRights.requireRegion(admin, admin.regionId());
	}

	/**
	 * Checks agency, unit, official and roles of a user command against the user's
	 * region.
	 */
	Placement placement(long regionId, UserCommand command) {
		Set<Role> roles = command.roles();
		boolean agencyRole = roles.stream().anyMatch((role) -> !role.regionWide());
		boolean unitRole = roles.stream().anyMatch(Role::unitBound);
		Long agencyId = null;
		Long unitId = null;
		Long officialId = null;
		String agencyCode = blankToNull(command.agencyCode());
		if (agencyCode != null) {
			Agency agency = this.agencies.findByCode(agencyCode)
				.filter((row) -> row.regionId() == regionId)
				.orElseThrow(() -> new InvalidInputException("agencyCode", "validation.agency.unknown", agencyCode));
			agencyId = agency.id();
		}
		if (agencyRole && agencyId == null) {
			throw new InvalidInputException("agencyCode", "validation.agency.requiredForRole");
		}
		if (!agencyRole && agencyId != null) {
			throw new InvalidInputException("agencyCode", "validation.agency.notForRegionRole");
		}
		String unitCode = blankToNull(command.unitCode());
		if (unitCode != null) {
			if (agencyId == null) {
				throw new InvalidInputException("unitCode", "validation.unit.needsAgency");
			}
			long agency = agencyId;
			unitId = this.units.findByAgencyIdAndCode(agency, unitCode)
				.orElseThrow(() -> new InvalidInputException("unitCode", "validation.unit.unknown", unitCode))
				.id();
		}
		if (unitRole && unitId == null) {
			throw new InvalidInputException("unitCode", "validation.unit.requiredForRole");
		}
		if (command.officialId() != null) {
			Long agency = agencyId;
			officialId = this.officials.findById(command.officialId())
				.filter((row) -> agency != null && row.agencyId() == agency)
				.orElseThrow(() -> new InvalidInputException("officialId", "validation.official.unknown"))
				.id();
		}
		return new Placement(agencyId, unitId, officialId);
	}

	static Set<Role> roles(AppUser row) {
		return row.roles()
			.stream()
			.map((grant) -> Role.valueOf(grant.role()))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	record Placement(Long agencyId, Long unitId, Long officialId) {
	}

}
