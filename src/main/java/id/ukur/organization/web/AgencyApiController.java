package id.ukur.organization.web;

import java.util.List;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.UnitCommand;
import id.ukur.organization.UnitView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Organisation", description = "Agencies and their units")
class AgencyApiController {

	private final Organization organization;

	AgencyApiController(Organization organization) {
		this.organization = organization;
	}

	@GetMapping
	@Operation(summary = "The agencies the caller may see")
	List<AgencyJson> agencies(@AuthenticationPrincipal CurrentUser user) {
		return this.organization.agenciesVisibleTo(user).stream().map(AgencyJson::of).toList();
	}

	@GetMapping("/{agency}/units")
	@Operation(summary = "The units of an agency")
	List<UnitJson> units(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user) {
		return this.organization.units(agency, user).stream().map(UnitJson::of).toList();
	}

	@PostMapping("/{agency}/units")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a unit (region administrator)")
	UnitJson createUnit(@PathVariable String agency, @Valid @RequestBody UnitCommand command,
			@AuthenticationPrincipal CurrentUser user) {
		return UnitJson.of(this.organization.createUnit(agency, command, user));
	}

	@PutMapping("/{agency}/units/{unit}")
	@Operation(summary = "Change a unit (region administrator); 409 on a stale version")
	UnitJson updateUnit(@PathVariable String agency, @PathVariable String unit, @Valid @RequestBody UnitCommand command,
			@AuthenticationPrincipal CurrentUser user) {
		return UnitJson.of(this.organization.updateUnit(agency, unit, command, user));
	}

	record AgencyJson(String code, String name, String shortName, String regionCode, String regionName) {

		static AgencyJson of(AgencyView agency) {
			return new AgencyJson(agency.code(), agency.name(), agency.shortName(), agency.regionCode(),
					agency.regionName());
		}

	}

	record UnitJson(String code, String name, String kind, boolean active, long version) {

		static UnitJson of(UnitView unit) {
			return new UnitJson(unit.code(), unit.name(), unit.kind().name(), unit.active(), unit.version());
		}

	}

}
