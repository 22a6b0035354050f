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

	/** The filters as typed; bad ones are refused naming the field. */
	record Filter(String since, String kind, String user, Integer page, Integer size) {
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
		RegionView region = this.organization.region(agency.regionId());
		return this.journal.find(query(null, agency.id(), region, filter));
	}

	JournalQuery.Page ofRegion(RegionView region, Filter filter) {
		return this.journal.find(query(region.id(), null, region, filter));
	}

	private static JournalQuery query(Long regionId, Long agencyId, RegionView region, Filter filter) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant since = since(filter.since(), region, problems);
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
		if (size < 1 || size > Journal.AGENCY_LIMIT_MAX) {
			problems.add(new FieldProblem("size", "journal.filter.size", Journal.AGENCY_LIMIT_MAX));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new JournalQuery(regionId, agencyId, since, kind, filter.user(), page, size);
	}

	/** A day (from its start in the region's time zone) or an ISO instant. */
	private static Instant since(String text, RegionView region, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.trim();
		try {
			return (value.length() == 10) ? LocalDate.parse(value).atStartOfDay(region.timeZone()).toInstant()
					: Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("since", "journal.filter.since"));
			return null;
		}
	}

}
