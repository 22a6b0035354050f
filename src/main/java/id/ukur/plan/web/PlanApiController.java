package id.ukur.plan.web;

import java.util.List;
import java.util.Locale;

import id.ukur.organization.CurrentUser;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.Plans;
import id.ukur.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agencies/{agency}/plans")
@Tag(name = "Plan", description = "Performance plans per agency and year")
class PlanApiController {

	private final Plans plans;

	private final MessageSource messages;

	PlanApiController(Plans plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The years that have a plan")
	List<Integer> years(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user) {
		return this.plans.years(agency, user);
	}

	@GetMapping("/{year}")
	@Operation(summary = "The plan document of a year")
	PlanDocument plan(@PathVariable String agency, @PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
		return this.plans.document(agency, year, user).orElseThrow(() -> new NotFoundException("plan.unknown", year));
	}

	@PutMapping("/{year}")
	@Operation(summary = "Replace the plan of a year; validated whole, nothing stored when any part is invalid;"
			+ " once the year's PK is signed the query parameter reason is required")
	SaveJson replace(@PathVariable String agency, @PathVariable int year, @RequestBody PlanDocument document,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		Plans.SaveResult result = this.plans.replace(agency, year, document, reason, user);
		return new SaveJson(year, result.version(), result.changed(),
				result.warnings()
					.stream()
					.map((warning) -> new FieldJson(warning.field(),
							this.messages.getMessage(warning.code(), warning.args(), warning.code(), locale)))
					.toList());
	}

	record SaveJson(int year, long version, boolean changed, List<FieldJson> warnings) {
	}

	record FieldJson(String field, String message) {
	}

}
