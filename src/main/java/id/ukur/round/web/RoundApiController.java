package id.ukur.round.web;

import id.ukur.audit.Journal;
import id.ukur.audit.JournalRecord;
import id.ukur.organization.CurrentUser;
import id.ukur.round.ActionPlanView;
import id.ukur.round.Commands;
import id.ukur.round.EntryHistoryView;
import id.ukur.round.EntryView;
import id.ukur.round.EvidenceView;
import id.ukur.round.RecapExplanations;
import id.ukur.round.RoundView;
import id.ukur.round.RoundReports;
import id.ukur.round.Rounds;
import id.ukur.round.SealView;
import id.ukur.round.StepView;
import id.ukur.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rounds API ({@code api.md}): the same rules as the pages, enforced by
 * {@link Rounds}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Measurement rounds", description = "Rounds executed by the agency's SOP, from the order to the archive")
class RoundApiController {

	private final Rounds rounds;

	private final RoundReports reports;

	private final Journal journal;

	RoundApiController(Rounds rounds, RoundReports reports, Journal journal) {
		this.rounds = rounds;
		this.reports = reports;
		this.journal = journal;
	}

	@GetMapping("/agencies/{agency}/rounds")
	@Operation(summary = "The agency's rounds, newest first")
	List<RoundView> list(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.rounds(agency, user);
	}

	@PostMapping("/agencies/{agency}/rounds")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Order a round (or register an incoming request letter as its order)")
	RoundView order(@PathVariable String agency, @RequestBody Commands.Order order,
			@AuthenticationPrincipal CurrentUser user) {
		return this.rounds.order(agency, order, user);
	}

	@GetMapping("/rounds/received")
	@Operation(summary = "Rounds sent to the planning agency of the caller's region")
	List<RoundView> received(@AuthenticationPrincipal CurrentUser user) {
		return this.reports.received(user);
	}

	@GetMapping("/rounds/{id}")
	@Operation(summary = "A round: status, per-unit form status, current SOP step")
	RoundView round(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.round(id, user);
	}

	@PostMapping("/rounds/{id}/forms/prepare")
	@Operation(summary = "Mark the forms prepared (SOPs with a PREPARE_FORMS step)")
	RoundView prepare(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.prepareForms(id, user);
	}

	@PostMapping("/rounds/{id}/forms/distribute")
	@Operation(summary = "Send the forms to the units")
	RoundView distribute(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.distributeForms(id, user);
	}

	@GetMapping("/rounds/{id}/entries")
	@Operation(summary = "Every value of the round")
	List<EntryView> entries(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		return this.rounds.entries(id, user).stream().map((entry) -> entry.localized(locale)).toList();
	}

	@GetMapping("/rounds/{id}/entries/{code}/history")
	@Operation(summary = "Every kept version of a value")
	List<EntryHistoryView> history(@PathVariable long id, @PathVariable String code,
			@AuthenticationPrincipal CurrentUser user) {
		return this.rounds.history(id, code, user);
	}

	@PostMapping(path = "/rounds/{id}/entries/{code}/evidence", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload an evidence file (PDF, image, XLSX; checked by content)")
	EvidenceView evidence(@PathVariable long id, @PathVariable String code,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user) throws IOException {
		if (file == null) {
			throw new InvalidInputException("file", "validation.required");
		}
		return this.rounds.addEvidence(id, code, file.getOriginalFilename(), file.getBytes(), user);
	}

	@PostMapping("/rounds/{id}/units/{unit}/submit")
	@Operation(summary = "The unit head submits the unit's form")
	RoundView submit(@PathVariable long id, @PathVariable String unit, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.submitForm(id, unit, user);
	}

	@PostMapping("/rounds/{id}/entries/{code}/accept")
	@Operation(summary = "The team accepts a value")
	EntryView accept(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		return this.rounds.accept(id, code, user).localized(locale);
	}

	@PostMapping("/rounds/{id}/entries/{code}/return")
	@Operation(summary = "The team returns a value to its unit, with a reason")
	EntryView returnEntry(@PathVariable long id, @PathVariable String code, @RequestBody(required = false) Reason body,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return this.rounds.returnEntry(id, code, (body != null) ? body.reason() : null, user).localized(locale);
	}

	@PostMapping("/rounds/{id}/entries/{code}/not-reported")
	@Operation(summary = "The team marks a value not reported, with a reason")
	EntryView notReported(@PathVariable long id, @PathVariable String code, @RequestBody(required = false) Reason body,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return this.rounds.markNotReported(id, code, (body != null) ? body.reason() : null, user).localized(locale);
	}

	@PostMapping("/rounds/{id}/calculate")
	@Operation(summary = "Calculate achievements and roll-ups")
	id.ukur.round.Recap calculate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		return RecapExplanations.render(this.rounds.calculate(id, user), locale);
	}

	@GetMapping("/rounds/{id}/recap")
	@Operation(summary = "The last calculation: per indicator and roll-ups; before it, the values so far "
			+ "computed on the fly with calculated=false (provisional)")
	id.ukur.round.Recap recap(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		return RecapExplanations.render(this.rounds.recapSoFar(id, user), locale);
	}

	@PostMapping("/rounds/{id}/submit-for-review")
	@Operation(summary = "Hand the compiled result to the reviewer")
	RoundView submitForReview(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.submitForReview(id, user);
	}

	@PostMapping("/rounds/{id}/review")
	@Operation(summary = "The reviewer approves or returns (with a reason) to the team or named units")
	RoundView review(@PathVariable long id, @RequestBody Commands.Review review,
			@AuthenticationPrincipal CurrentUser user) {
		return this.rounds.review(id, review, user);
	}

	@PostMapping("/rounds/{id}/sign")
	@Operation(summary = "Sign: the report is sealed with its SHA-256 and a verification code")
	SealView sign(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.sign(id, user);
	}

	@PostMapping("/rounds/{id}/reopen")
	@Operation(summary = "Reopen a sealed round (the signer, with a reason): a new revision")
	RoundView reopen(@PathVariable long id, @RequestBody(required = false) Reason body,
			@AuthenticationPrincipal CurrentUser user) {
		return this.rounds.reopen(id, (body != null) ? body.reason() : null, user);
	}

	@PostMapping("/rounds/{id}/cancel")
	@Operation(summary = "Cancel a round that is not signed (the head, with a reason): kept, journaled, its period"
			+ " free for a new round")
	RoundView cancel(@PathVariable long id, @RequestBody(required = false) Reason body,
			@AuthenticationPrincipal CurrentUser user) {
		return this.rounds.cancel(id, (body != null) ? body.reason() : null, user);
	}

	@PostMapping("/rounds/{id}/send")
	@Operation(summary = "Send the sealed report to the region's planning agency")
	RoundView send(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.send(id, user);
	}

	@PostMapping("/rounds/{id}/acknowledge")
	@Operation(summary = "The planning agency acknowledges receipt")
	RoundView acknowledge(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.acknowledge(id, user);
	}

	@PostMapping("/rounds/{id}/archive")
	@Operation(summary = "Archive with the archive reference")
	RoundView archive(@PathVariable long id, @RequestBody(required = false) Archive body,
			@AuthenticationPrincipal CurrentUser user) {
		return this.rounds.archive(id, (body != null) ? body.archiveReference() : null, user);
	}

	@GetMapping("/rounds/{id}/action-plans")
	@Operation(summary = "Action plans made in the round and still-open ones of earlier rounds")
	List<ActionPlanView> actionPlans(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.actionPlans(id, user);
	}

	@PostMapping("/rounds/{id}/action-plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The follow-up of an under-target indicator")
	ActionPlanView addActionPlan(@PathVariable long id, @RequestBody Commands.ActionPlan plan,
			@AuthenticationPrincipal CurrentUser user) {
		return this.rounds.addActionPlan(id, plan, user);
	}

	@PutMapping("/rounds/{id}/action-plans/{planId}")
	@Operation(summary = "Change an action plan's status (OPEN, IN_PROGRESS, DONE)")
	ActionPlanView setStatus(@PathVariable long id, @PathVariable long planId, @RequestBody PlanStatus body,
			@AuthenticationPrincipal CurrentUser user) {
		return this.rounds.setActionPlanStatus(id, planId, body.status(), body.version(), user);
	}

	@PostMapping("/rounds/{id}/steps/{number}/complete")
	@Operation(summary = "Complete a MANUAL SOP step with a note or the output document's reference; a MANUAL"
			+ " decision also takes decision YES or NO (NO goes back to the decision's target)")
	RoundView completeStep(@PathVariable long id, @PathVariable int number, @RequestBody(required = false) Note body,
			@AuthenticationPrincipal CurrentUser user) {
		return this.rounds.completeStep(id, number, (body != null) ? body.note() : null,
				(body != null) ? body.decision() : null, user);
	}

	@GetMapping("/rounds/{id}/steps")
	@Operation(summary = "Every step instance with its time against the standard")
	List<StepView> steps(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.steps(id, user);
	}

	@GetMapping("/rounds/{id}/seals")
	@Operation(summary = "Every sealed revision of the report")
	List<SealView> seals(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.reports.seals(id, user);
	}

	@GetMapping("/rounds/{id}/audit")
	@Operation(summary = "The journal of the round")
	List<JournalRecord> audit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		this.rounds.round(id, user);
		return this.journal.ofRound(id);
	}

	@GetMapping("/rounds/{id}/report.pdf")
	@Operation(summary = "The report (sealed, or a draft before the signature)")
	ResponseEntity<byte[]> reportPdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return RoundFiles.pdf(this.reports.reportPdf(id, user), "laporan-pengukuran-" + id + ".pdf");
	}

	@GetMapping("/rounds/{id}/report.xlsx")
	@Operation(summary = "The report as a workbook")
	ResponseEntity<byte[]> reportXlsx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return RoundFiles.xlsx(this.reports.reportXlsx(id, user), "laporan-pengukuran-" + id + ".xlsx");
	}

	@GetMapping("/rounds/{id}/worksheet.xlsx")
	@Operation(summary = "The worksheet (kertas kerja): every input and formula")
	ResponseEntity<byte[]> worksheet(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return RoundFiles.xlsx(this.reports.worksheetXlsx(id, user), "kertas-kerja-" + id + ".xlsx");
	}

	record Reason(String reason) {
	}

	record Note(String note, String decision) {
	}

	record Archive(String archiveReference) {
	}

	record PlanStatus(String status, Long version) {
	}

}
