package id.ukur.organization.web;

import java.util.List;
import java.util.Set;

import id.ukur.organization.AgencyCommand;
import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.OfficialCommand;
import id.ukur.organization.OfficialView;
import id.ukur.organization.Organization;
import id.ukur.organization.OrganizationSetup;
import id.ukur.organization.RegionCommand;
import id.ukur.organization.RegionView;
import id.ukur.organization.Role;
import id.ukur.organization.UserAccounts;
import id.ukur.organization.UserCommand;
import id.ukur.organization.UserView;
import id.ukur.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Building an installation by script: regions, agencies, officials and users. Every call
 * goes to the one service method the pages use, which decides who may (README, "Who
 * administers what").
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation setup", description = "Regions, agencies, officials and users")
class SetupApiController {

	private final OrganizationSetup setup;

	private final Organization organization;

	private final UserAccounts accounts;

	SetupApiController(OrganizationSetup setup, Organization organization, UserAccounts accounts) {
		this.setup = setup;
		this.organization = organization;
		this.accounts = accounts;
	}

	@GetMapping("/regions")
	@Operation(summary = "Every region with its administrators (installation administrator)")
	List<RegionJson> regions(@AuthenticationPrincipal CurrentUser user) {
		return this.setup.regionsWithAdministrators(user)
			.stream()
			.map((row) -> RegionJson.of(row.region(), row.administrators()))
			.toList();
	}

	@PostMapping("/regions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a region (installation administrator); its administrator follows with"
			+ " POST /regions/{region}/users")
	RegionJson createRegion(@Valid @RequestBody RegionCommand command, @AuthenticationPrincipal CurrentUser user) {
		return RegionJson.of(this.setup.createRegion(command, user), List.of());
	}

	@PostMapping("/regions/{region}/agencies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an agency in a region (that region's administrator)")
	AgencyJson createAgency(@PathVariable String region, @Valid @RequestBody AgencyCommand command,
			@AuthenticationPrincipal CurrentUser user) {
		return AgencyJson.of(this.setup.createAgency(region, command, user));
	}

	@PostMapping("/regions/{region}/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a user of a region: a region-wide role, or an agency role with agencyCode"
			+ " (the region's administrator; an installation administrator creates region administrators);"
			+ " the temporary password is returned once")
	CreatedUserJson createRegionUser(@PathVariable String region, @Valid @RequestBody UserCommand command,
			@AuthenticationPrincipal CurrentUser user) {
		return CreatedUserJson.of(this.accounts.createUser(user, region, command));
	}

	@GetMapping("/agencies/{agency}/officials")
	@Operation(summary = "The officials of an agency")
	List<OfficialJson> officials(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user) {
		return this.organization.officials(agency, user).stream().map(OfficialJson::of).toList();
	}

	@PostMapping("/agencies/{agency}/officials")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an official of an agency (the region's administrator)")
	OfficialJson createOfficial(@PathVariable String agency, @Valid @RequestBody OfficialCommand command,
			@AuthenticationPrincipal CurrentUser user) {
		return OfficialJson.of(this.organization.createOfficial(agency, command, user));
	}

	@GetMapping("/agencies/{agency}/users")
	@Operation(summary = "The users of an agency (the region's administrator)")
	List<UserJson> users(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user) {
		AgencyView found = this.organization.agency(agency, user);
		return this.accounts.users(user, found.code()).stream().map(UserJson::of).toList();
	}

	@PostMapping("/agencies/{agency}/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a user of an agency (the region's administrator); agencyCode may be left out;"
			+ " the temporary password is returned once")
	CreatedUserJson createAgencyUser(@PathVariable String agency, @Valid @RequestBody UserCommand command,
			@AuthenticationPrincipal CurrentUser user) {
		AgencyView found = this.organization.agency(agency, user);
		if (command.agencyCode() != null && !command.agencyCode().isBlank()
				&& !command.agencyCode().trim().equals(found.code())) {
			throw new InvalidInputException("agencyCode", "validation.agency.path", found.code());
		}
		UserCommand placed = new UserCommand(command.username(), command.displayName(), command.email(), found.code(),
				command.unitCode(), command.officialId(), command.roles(), null);
		return CreatedUserJson.of(this.accounts.createUser(user, found.regionCode(), placed));
	}

	@GetMapping("/agencies/{agency}/readiness")
	@Operation(summary = "What the agency still needs for its first round (the region's administrator)")
	List<ReadinessJson> readiness(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user) {
		return this.setup.readiness(agency, user)
			.stream()
			.map((item) -> new ReadinessJson(item.code().replace("readiness.", ""), item.done(), item.who(),
					item.link()))
			.toList();
	}

	/**
	 * One need: what ({@code units}, {@code head}, {@code sop}, {@code plan}, ...), done,
	 * by whom, where.
	 */
	record ReadinessJson(String item, boolean done, Role who, String link) {
	}

	record RegionJson(String code, String name, String kind, String timeZone, List<String> administrators) {

		static RegionJson of(RegionView region, List<String> administrators) {
			return new RegionJson(region.code(), region.name(), region.kind().name(), region.timeZone().getId(),
					administrators);
		}

	}

	record AgencyJson(String code, String name, String shortName, String address, String regionCode) {

		static AgencyJson of(AgencyView agency) {
			return new AgencyJson(agency.code(), agency.name(), agency.shortName(), agency.address(),
					agency.regionCode());
		}

	}

	record OfficialJson(long id, String name, String position, String rank, String nip, boolean active, long version) {

		static OfficialJson of(OfficialView official) {
			return new OfficialJson(official.id(), official.name(), official.position(), official.rank(),
					official.nip(), official.active(), official.version());
		}

	}

	record UserJson(long id, String username, String displayName, String email, String agencyCode, String unitCode,
			Long officialId, Set<Role> roles, boolean active) {

		static UserJson of(UserView user) {
			return new UserJson(user.id(), user.username(), user.displayName(), user.email(), user.agencyCode(),
					user.unitCode(), user.officialId(), user.roles(), user.active());
		}

	}

	record CreatedUserJson(UserJson user, String temporaryPassword) {

		static CreatedUserJson of(UserAccounts.CreatedUser created) {
			return new CreatedUserJson(UserJson.of(created.user()), created.temporaryPassword());
		}

	}

}
