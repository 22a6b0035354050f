package id.ukur.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import id.ukur.audit.Journal;
import id.ukur.audit.JournalKind;
import id.ukur.audit.JournalQuery;
import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionView;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who reads which journal (docs/journal.md): an agency's journal is read by its head,
 * secretary, planner and SAKIP team, and by its region's administrator and auditor; a
 * region's journal (its agencies' lines and its own) by the region's administrator and
 * auditor only.
 */
@Component
class JournalAccess {

	/** Lines per page when the reader does not say. */
	static final int PAGE_SIZE = 50;

	private final Journal journal;

	private final Organization organization;

	JournalAccess(Journal journal, Organization organization) {
		this.journal = journal;
		this.organization = organization;
	}

	/**
	 * The filters as typed (GET parameters); bad ones are refused naming the field.
	 * {@code since} and {@code until} are days (or instants), {@code until} counted to
	 * the end of its day; {@code round} a round's number.
	 */
	record Filter(String since, String until, String kind, String action, String user, String round, String subject,
			Integer page, Integer size) {

		/** No filter: the first page. */
		static Filter none() {
			return new Filter(null, null, null, null, null, null, null, 0, null);
		}

		/** Whether any filter narrows the lines. */
		public boolean any() {
			return java.util.stream.Stream
				.of(this.since, this.until, this.kind, this.action, this.user, this.round, this.subject)
				.anyMatch((value) -> value != null && !value.isBlank());
		}

	}

	AgencyView agency(String agencyCode, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		if (!user.readsJournalOf(agency)) {
			throw new ForbiddenException("access.journal.agency");
		}
		return agency;
	}

	RegionView region(String regionCode, CurrentUser user) {
		RegionView region = this.organization.regions()
			.stream()
			.filter((candidate) -> candidate.code().equals(regionCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("organization.region.unknown", regionCode));
		if (!user.readsRegionJournal(region.id())) {
			throw new ForbiddenException("access.journal.region");
		}
		return region;
	}

	JournalQuery.Page ofAgency(AgencyView agency, Filter filter) {
		return this.journal.find(agencyQuery(agency, filter, Journal.AGENCY_LIMIT_MAX));
	}

	JournalQuery.Page ofRegion(RegionView region, Filter filter) {
		return this.journal.find(regionQuery(region, filter, Journal.AGENCY_LIMIT_MAX));
	}

	/** Every line the filters match, up to {@link JournalQuery#EXPORT_MAX}. */
	JournalQuery.Page allOfAgency(AgencyView agency, Filter filter) {
		return this.journal.find(agencyQuery(agency, everything(filter), JournalQuery.EXPORT_MAX));
	}

	/** Every line the filters match, up to {@link JournalQuery#EXPORT_MAX}. */
	JournalQuery.Page allOfRegion(RegionView region, Filter filter) {
		return this.journal.find(regionQuery(region, everything(filter), JournalQuery.EXPORT_MAX));
	}

	/** The action codes of the agency's or region's lines, for the filter's choices. */
	List<String> actions(AgencyView agency, RegionView region) {
		return this.journal.actions((agency != null) ? agencyQuery(agency, Filter.none(), Journal.AGENCY_LIMIT_MAX)
				: regionQuery(region, Filter.none(), Journal.AGENCY_LIMIT_MAX));
	}

	private JournalQuery agencyQuery(AgencyView agency, Filter filter, int maxSize) {
		return query(null, agency.id(), this.organization.region(agency.regionId()), filter, maxSize);
	}

	private static JournalQuery regionQuery(RegionView region, Filter filter, int maxSize) {
		return query(region.id(), null, region, filter, maxSize);
	}

	private static Filter everything(Filter f) {
		return new Filter(f.since(), f.until(), f.kind(), f.action(), f.user(), f.round(), f.subject(), 0,
				JournalQuery.EXPORT_MAX);
	}

	private static JournalQuery query(Long regionId, Long agencyId, RegionView region, Filter filter, int maxSize) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant since = instant(new FieldProblem("since", "journal.filter.since"), filter.since(), region, 0, problems);
		Instant until = instant(new FieldProblem("until", "journal.filter.until"), filter.until(), region, 1, problems);
		if (since != null && until != null && !until.isAfter(since)) {
			problems.add(new FieldProblem("until", "journal.filter.range"));
		}
		Long round = round(filter.round(), problems);
		JournalKind kind = null;
		if (filter.kind() != null && !filter.kind().isBlank()) {
			try {
				kind = JournalKind.valueOf(filter.kind().trim().toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("kind", "journal.filter.kind"));
			}
		}
		int page = (filter.page() != null) ? filter.page() : 0;
		int size = (filter.size() != null) ? filter.size() : PAGE_SIZE;
		if (page < 0) {
			problems.add(new FieldProblem("page", "journal.filter.page"));
		}
		if (size < 1 || size > maxSize) {
			problems.add(new FieldProblem("size", "journal.filter.size", maxSize));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new JournalQuery(regionId, agencyId, since, until, kind, filter.action(), filter.user(), round,
				filter.subject(), page, size);
	}

	/**
	 * A day or an ISO instant: a day from its start in the region's time zone, plus
	 * {@code days} (1 to read "until" as to the end of the day).
	 */
	private static Instant instant(FieldProblem unreadable, String text, RegionView region, int days,
			List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.trim();
		try {
			return (value.length() == 10)
					? LocalDate.parse(value).plusDays(days).atStartOfDay(region.timeZone()).toInstant()
					: Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(unreadable);
			return null;
		}
	}

	private static Long round(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(text.trim());
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// named below
		}
		problems.add(new FieldProblem("round", "journal.filter.round"));
		return null;
	}

}
