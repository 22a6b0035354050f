package id.ukur.round.web;

import java.util.Locale;

import id.ukur.organization.CurrentUser;
import id.ukur.round.Commands;
import id.ukur.round.EntryView;
import id.ukur.round.Rounds;
import id.ukur.round.ValueChecks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saving a value through the API ({@code docs/api.md}): the value as saved with the
 * plausibility checks' warnings (docs/calculation.md, "Plausibility checks").
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Measurement rounds", description = "Rounds executed by the agency's SOP, from the order to the archive")
class EntryApiController {

	private final Rounds rounds;

	private final ValueChecks checks;

	private final CheckTexts texts;

	EntryApiController(Rounds rounds, ValueChecks checks, CheckTexts texts) {
		this.rounds = rounds;
		this.checks = checks;
		this.texts = texts;
	}

	@PutMapping("/rounds/{id}/entries/{code}")
	@Operation(summary = "Save a value (409 on a stale version); the answer carries the value's warnings")
	EntryView save(@PathVariable long id, @PathVariable String code, @RequestBody Commands.EntryInput input,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		EntryView saved = this.rounds.saveEntry(id, code, input, user).localized(locale);
		// never a refusal: the value is saved, the answer says what looks doubtful
		return saved.withWarnings(this.texts.warnings(this.checks.flags(id, code, user), locale));
	}

}
