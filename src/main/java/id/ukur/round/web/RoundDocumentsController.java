package id.ukur.round.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.audit.Journal;
import id.ukur.audit.JournalQuery;
import id.ukur.audit.JournalRecord;
import id.ukur.organization.CurrentUser;
import id.ukur.round.RoundView;
import id.ukur.round.RoundReports;
import id.ukur.round.Rounds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A round's documents for signed-in users of the pages: the report (PDF, XLSX), the
 * worksheet, evidence files, and the journal of everything done in the round.
 */
@Controller
class RoundDocumentsController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Lines per page of a round's journal. */
	private static final int ROUND_JOURNAL_PAGE = 50;

	private final Rounds rounds;

	private final RoundReports reports;

	private final Journal journal;

	private final RoundPeople people;

	RoundDocumentsController(Rounds rounds, RoundReports reports, Journal journal, RoundPeople people) {
		this.rounds = rounds;
		this.reports = reports;
		this.journal = journal;
		this.people = people;
	}

	@GetMapping("/rounds/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return RoundFiles.pdf(this.reports.reportPdf(id, user), "laporan-pengukuran-" + id + ".pdf");
	}

	@GetMapping("/rounds/{id}/report.xlsx")
	ResponseEntity<byte[]> reportXlsx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return RoundFiles.xlsx(this.reports.reportXlsx(id, user), "laporan-pengukuran-" + id + ".xlsx");
	}

	@GetMapping("/rounds/{id}/worksheet.xlsx")
	ResponseEntity<byte[]> worksheet(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return RoundFiles.xlsx(this.reports.worksheetXlsx(id, user), "kertas-kerja-" + id + ".xlsx");
	}

	@GetMapping("/rounds/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId,
			@AuthenticationPrincipal CurrentUser user) {
		Rounds.Evidence evidence = this.rounds.evidence(id, evidenceId, user);
		String type = (evidence.view().contentType() != null) ? evidence.view().contentType()
				: MediaType.APPLICATION_OCTET_STREAM_VALUE;
		// always a download, never shown in the page's origin: an uploaded file is the
		// uploader's content (the answer also says nosniff, see docs/security.md)
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(evidence.view().fileName(), java.nio.charset.StandardCharsets.UTF_8)
			.build();
		return RoundFiles.file(evidence.content(), MediaType.parseMediaType(type), disposition);
	}

	@GetMapping("/rounds/{id}/journal")
	String journal(@PathVariable long id, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		RoundView round = this.rounds.round(id, user);
		// a page of 50 lines at a time, read by the database (docs/journal.md)
		int shown = (page != null && page > 0) ? page : 0;
		JournalQuery.Page found = this.journal.ofRound(id, shown, ROUND_JOURNAL_PAGE);
		List<Line> lines = new ArrayList<>();
		for (JournalRecord record : found.lines()) {
			lines.add(Line.of(record));
		}
		model.addAttribute("round", round);
		model.addAttribute("lines", lines);
		model.addAttribute("page", shown);
		model.addAttribute("total", found.total());
		model.addAttribute("pages", found.pages(ROUND_JOURNAL_PAGE));
		model.addAttribute("people", this.people.names(lines.stream().map((line) -> line.record().actor()).toList()));
		Refusals.none(model);
		return "round/journal";
	}

	/**
	 * A journal line as the page shows it: the subject split into its kind and name, and
	 * the values before and after as name–value pairs where they are JSON objects.
	 */
	record Line(JournalRecord record, String subjectKind, String subjectName, Map<String, String> before,
			Map<String, String> after, String beforeText, String afterText) {

		static Line of(JournalRecord record) {
			String subject = (record.subject() != null) ? record.subject() : "";
			int colon = subject.indexOf(':');
			String kind = (colon > 0) ? subject.substring(0, colon) : subject;
			String name = (colon > 0) ? subject.substring(colon + 1) : null;
			Map<String, String> before = pairs(record.before());
			Map<String, String> after = pairs(record.after());
			return new Line(record, kind.matches("[A-Z_]+") ? kind : "OTHER", (colon > 0) ? name : subject, before,
					after, (before == null) ? record.before() : null, (after == null) ? record.after() : null);
		}

		public Object[] subjectArgs() {
			return new Object[] { (this.subjectName != null) ? this.subjectName : "" };
		}

		private static Map<String, String> pairs(String json) {
			if (json == null || json.isBlank() || !json.trim().startsWith("{")) {
				return null;
			}
			try {
				JsonNode node = JSON.readTree(json);
				Map<String, String> pairs = new LinkedHashMap<>();
				for (Map.Entry<String, JsonNode> field : node.properties()) {
					JsonNode value = field.getValue();
					pairs.put(field.getKey(),
							value.isNull() ? "–" : value.isValueNode() ? value.asString() : value.toString());
				}
				return pairs;
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

	}

}
