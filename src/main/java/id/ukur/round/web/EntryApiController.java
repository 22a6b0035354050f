package id.ukur.round.web;

import java.util.List;
import java.util.Locale;

import id.ukur.organization.CurrentUser;
import id.ukur.round.BulkAcceptance;
import id.ukur.round.Commands;
import id.ukur.round.EntryView;
import id.ukur.round.Rounds;
import id.ukur.round.ValueChecks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saving a value through the API ({@code docs/api.md}): the value as saved with the
 * plausibility checks' warnings (docs/calculation.md, "Plausibility checks"); accepting
 * every submitted value but the listed ones (docs/rounds.md, "Validation").
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Measurement rounds", description = "Rounds executed by the agency's SOP, from the order to the archive")
class EntryApiController {

	private final Rounds rounds;

	private final ValueChecks checks;

	private final CheckTexts texts;

	private final BulkAcceptance bulk;

	EntryApiController(Rounds rounds, ValueChecks checks, CheckTexts texts, BulkAcceptance bulk) {
		this.rounds = rounds;
		this.checks = checks;
		this.texts = texts;
		this.bulk = bulk;
	}

	@PostMapping("/rounds/{id}/entries/accept-all")
	@Operation(summary = "The team accepts every submitted value except the listed ones, in one transaction")
	Accepted acceptAll(@PathVariable long id, @RequestBody(required = false) AcceptAll body,
			@AuthenticationPrincipal CurrentUser user) {
		List<String> except = (body != null && body.except() != null) ? body.except() : List.of();
		return new Accepted(this.bulk.acceptAllExcept(id, except, user));
	}

	@PutMapping("/rounds/{id}/entries/{code}")
	@Operation(summary = "Save a value (409 on a stale version); the answer carries the value's warnings")
	EntryView save(@PathVariable long id, @PathVariable String code, @RequestBody Commands.EntryInput input,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		EntryView saved = this.rounds.saveEntry(id, code, input, user).localized(locale);
		// never a refusal: the value is saved, the answer says what looks doubtful
		return saved.withWarnings(this.texts.warnings(this.checks.flags(id, code, user), locale));
	}

	/**
	 * @param except the indicator codes not to accept
	 */
	record AcceptAll(List<String> except) {
	}

	/**
	 * @param accepted the indicator codes accepted
	 */
	record Accepted(List<String> accepted) {
	}

}
