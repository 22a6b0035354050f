package id.ukur.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ukur.audit.JournalKind;
import id.ukur.audit.JournalQuery;
import id.ukur.audit.JournalRecord;
import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionView;
import id.ukur.organization.UserAccounts;
import id.ukur.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

	JournalController(JournalAccess access, JournalLines lines, Organization organization, UserAccounts accounts,
			JsonMapper json) {
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
		return page(model, filter, user, locale, "/agencies/" + agency + "/journal",
				(checked) -> this.access.ofAgency(view, checked));
	}

	@GetMapping("/regions/{region}/journal")
	String regionPage(@PathVariable String region, JournalAccess.Filter filter,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		RegionView view = this.access.region(region, user);
		model.addAttribute("journalOf", view.name());
		return page(model, filter, user, locale, "/regions/" + region + "/journal",
				(checked) -> this.access.ofRegion(view, checked));
	}

	@GetMapping("/api/v1/agencies/{agency}/journal")
	@ResponseBody
	@Operation(summary = "The agency's journal, newest first; filters since (a day or an instant), kind, user;"
			+ " page and size")
	PageJson agencyApi(@PathVariable String agency, @RequestParam(required = false) String since,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser reader, Locale locale) {
		AgencyView view = this.access.agency(agency, reader);
		JournalAccess.Filter filter = new JournalAccess.Filter(since, kind, user, page, size);
		return json(this.access.ofAgency(view, filter), filter, reader, locale);
	}

	@GetMapping("/api/v1/regions/{region}/journal")
	@ResponseBody
	@Operation(summary = "The region's journal (its agencies' lines and its own), newest first; same filters")
	PageJson regionApi(@PathVariable String region, @RequestParam(required = false) String since,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser reader, Locale locale) {
		RegionView view = this.access.region(region, reader);
		JournalAccess.Filter filter = new JournalAccess.Filter(since, kind, user, page, size);
		return json(this.access.ofRegion(view, filter), filter, reader, locale);
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
			found = read.apply(new JournalAccess.Filter(null, null, null, 0, null));
		}
		model.addAttribute("lines", shown(found.lines(), user, locale));
		model.addAttribute("filter", filter);
		model.addAttribute("page", (filter.page() != null) ? filter.page() : 0);
		model.addAttribute("more", found.more());
		model.addAttribute("kinds", JournalKind.values());
		model.addAttribute("path", path);
		return "journal";
	}

	private List<JournalLines.Line> shown(List<JournalRecord> records, CurrentUser user, Locale locale) {
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
				(filter.size() != null) ? filter.size() : JournalAccess.PAGE_SIZE, found.more());
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

	/** A page of lines, newest first, and whether older lines follow. */
	record PageJson(List<LineJson> lines, int page, int size, boolean more) {
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
