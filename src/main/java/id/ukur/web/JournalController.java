package id.ukur.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.ukur.audit.JournalKind;
import id.ukur.audit.JournalQuery;
import id.ukur.audit.JournalRecord;
import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionView;
import id.ukur.organization.UserAccounts;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.XlsxTable;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The journal of an agency and of a region: a page with filters and paging, and the same
 * lines as JSON (docs/journal.md).
 */
@Controller
@Tag(name = "Journal", description = "Who changed what: plans, SOPs, organisation, access and rounds")
class JournalController {

	private final JournalAccess access;

	private final JournalLines lines;

	private final Organization organization;

	private final UserAccounts accounts;

	private final JsonMapper json;

	private final MessageSource messages;

	JournalController(JournalAccess access, JournalLines lines, Organization organization, UserAccounts accounts,
			JsonMapper json, MessageSource messages) {
		this.messages = messages;
		this.json = json;
		this.access = access;
		this.lines = lines;
		this.organization = organization;
		this.accounts = accounts;
	}

	@GetMapping("/agencies/{agency}/journal")
	String agencyPage(@PathVariable String agency, JournalAccess.Filter filter,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		AgencyView view = this.access.agency(agency, user);
		model.addAttribute("journalOf", view.name());
		model.addAttribute("agency", view);
		model.addAttribute("actions", this.access.actions(view, null));
		return page(model, filter, user, locale, "/agencies/" + agency + "/journal",
				(checked) -> this.access.ofAgency(view, checked));
	}

	@GetMapping("/regions/{region}/journal")
	String regionPage(@PathVariable String region, JournalAccess.Filter filter,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		RegionView view = this.access.region(region, user);
		model.addAttribute("journalOf", view.name());
		model.addAttribute("actions", this.access.actions(null, view));
		return page(model, filter, user, locale, "/regions/" + region + "/journal",
				(checked) -> this.access.ofRegion(view, checked));
	}

	@GetMapping("/api/v1/agencies/{agency}/journal")
	@ResponseBody
	@Operation(summary = "The agency's journal, newest first; filters since and until (days or instants), kind,"
			+ " action, user, round, subject; page and size; with the total count")
	PageJson agencyApi(@PathVariable String agency, JournalAccess.Filter filter,
			@AuthenticationPrincipal CurrentUser reader, Locale locale) {
		AgencyView view = this.access.agency(agency, reader);
		return json(this.access.ofAgency(view, filter), filter, reader, locale);
	}

	@GetMapping("/api/v1/regions/{region}/journal")
	@ResponseBody
	@Operation(summary = "The region's journal (its agencies' lines and its own), newest first; same filters")
	PageJson regionApi(@PathVariable String region, JournalAccess.Filter filter,
			@AuthenticationPrincipal CurrentUser reader, Locale locale) {
		RegionView view = this.access.region(region, reader);
		return json(this.access.ofRegion(view, filter), filter, reader, locale);
	}

	@GetMapping("/agencies/{agency}/journal.xlsx")
	ResponseEntity<byte[]> agencyXlsx(@PathVariable String agency, JournalAccess.Filter filter,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		AgencyView view = this.access.agency(agency, user);
		return xlsx(this.access.allOfAgency(view, filter), user, locale,
				this.organization.region(view.regionId()).timeZone(), "jurnal-" + agency + ".xlsx");
	}

	@GetMapping("/regions/{region}/journal.xlsx")
	ResponseEntity<byte[]> regionXlsx(@PathVariable String region, JournalAccess.Filter filter,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		RegionView view = this.access.region(region, user);
		return xlsx(this.access.allOfRegion(view, filter), user, locale, view.timeZone(), "jurnal-" + region + ".xlsx");
	}

	/**
	 * The lines the filters match as XLSX, with the page's columns: times in the region's
	 * time zone, the changed fields as "label: value" lines.
	 */
	private ResponseEntity<byte[]> xlsx(JournalQuery.Page found, CurrentUser user, Locale locale, ZoneId zone,
			String fileName) {
		XlsxTable table = new XlsxTable(this.messages.getMessage("journal.short", null, locale),
				Stream
					.of("rounds.journal.when", "rounds.journal.who", "journal.kind", "rounds.journal.what",
							"rounds.journal.subject", "journal.agency", "rounds.journal.before", "rounds.journal.after",
							"rounds.journal.why")
					.map((key) -> this.messages.getMessage(key, null, locale))
					.toList());
		for (JournalLines.Line line : shown(found.lines(), user, locale)) {
			table.row(LocalDateTime.ofInstant(line.record().at(), zone), line.who(), line.kind(), line.what(),
					line.subject(), line.agency(), pairs(line.before()), pairs(line.after()), line.record().reason());
		}
		return table.download(fileName);
	}

	private static String pairs(List<JournalLines.Pair> pairs) {
		return pairs.stream().map((pair) -> pair.label() + ": " + pair.value()).collect(Collectors.joining("\n"));
	}

	private String page(Model model, JournalAccess.Filter filter, CurrentUser user, Locale locale, String path,
			Function<JournalAccess.Filter, JournalQuery.Page> read) {
		JournalQuery.Page found;
		try {
			found = read.apply(filter);
		}
		catch (InvalidInputException ex) {
			// the filters stay as typed, with the problem named; the lines are read
			// unfiltered
			model.addAttribute("filterProblems", ex.problems());
			found = read.apply(JournalAccess.Filter.none());
		}
		int size = (filter.size() != null && filter.size() > 0) ? filter.size() : JournalAccess.PAGE_SIZE;
		model.addAttribute("lines", shown(found.lines(), user, locale));
		model.addAttribute("filter", filter);
		model.addAttribute("page",
				(filter.page() != null && model.getAttribute("filterProblems") == null) ? filter.page() : 0);
		model.addAttribute("more", found.more());
		model.addAttribute("badFields", (model.getAttribute("filterProblems") instanceof List<?> problems)
				? problems.stream().map((problem) -> ((FieldProblem) problem).field()).toList() : List.of());
		model.addAttribute("exportMax", JournalQuery.EXPORT_MAX);
		model.addAttribute("total", found.total());
		model.addAttribute("pages", found.pages(size));
		model.addAttribute("size", size);
		model.addAttribute("kinds", JournalKind.values());
		model.addAttribute("path", path);
		return "journal";
	}

	List<JournalLines.Line> shown(List<JournalRecord> records, CurrentUser user, Locale locale) {
		Map<String, String> people = new HashMap<>();
		records.stream()
			.map(JournalRecord::actor)
			.filter(Objects::nonNull)
			.distinct()
			.forEach((username) -> this.accounts.byUsername(username)
				.ifPresent((known) -> people.put(username, known.displayName())));
		Map<Long, String> agencies = this.organization.agenciesVisibleTo(user)
			.stream()
			.collect(Collectors.toMap(AgencyView::id, AgencyView::shortName, (a, b) -> a));
		return records.stream().map((record) -> this.lines.line(record, people, agencies, locale)).toList();
	}

	private PageJson json(JournalQuery.Page found, JournalAccess.Filter filter, CurrentUser reader, Locale locale) {
		List<LineJson> lines = shown(found.lines(), reader, locale).stream()
			.map((line) -> LineJson.of(line, value(line.record().before()), value(line.record().after())))
			.toList();
		return new PageJson(lines, (filter.page() != null) ? filter.page() : 0,
				(filter.size() != null) ? filter.size() : JournalAccess.PAGE_SIZE, found.more(), found.total());
	}

	/** A value as written: JSON embedded as JSON, anything else as text. */
	private JsonNode value(String text) {
		if (text == null) {
			return null;
		}
		try {
			return this.json.readTree(text);
		}
		catch (JacksonException ex) {
			return this.json.getNodeFactory().stringNode(text);
		}
	}

	/**
	 * A page of lines, newest first, whether older lines follow and how many lines the
	 * filters match in all.
	 */
	record PageJson(List<LineJson> lines, int page, int size, boolean more, long total) {
	}

	/**
	 * A line: the kind, the action and subject as codes and as text, who (username and
	 * name), when, the changed fields before and after (JSON as written), the reason.
	 */
	record LineJson(long id, String at, String kind, String action, String actionText, String subject,
			String subjectText, String user, String userName, Long agencyId, Long roundId, JsonNode before,
			JsonNode after, String reason) {

		static LineJson of(JournalLines.Line line, JsonNode before, JsonNode after) {
			JournalRecord r = line.record();
			return new LineJson(r.id(), r.at().toString(), r.kind().name(), r.action(), line.what(), r.subject(),
					line.subject(), r.actor(), line.who(), r.agencyId(), r.roundId(), before, after, r.reason());
		}

	}

}
