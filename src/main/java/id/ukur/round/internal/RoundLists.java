package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Directory;
import id.ukur.round.RoundView;
import id.ukur.round.internal.FormCounts.Tally;
import id.ukur.round.internal.SealStore.SealRecord;
import id.ukur.shared.NotFoundException;
import id.ukur.sop.RegionCalendars;
import id.ukur.sop.SopRevision;
import id.ukur.sop.WorkingCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The views of a list of rounds (an agency's rounds, the rounds a region received), read
 * for all of them at once: their current steps, forms, counts of values and latest seals
 * in a query each, the agencies, their units, the SOP revisions and the regions'
 * calendars once per list, whatever the number of rounds. Each view equals what
 * {@link RoundViews#round(RoundState, CurrentUser, Instant)} makes of the round loaded on
 * its own: the actions come from {@link RoundPolicy} deciding on a
 * {@link RoundState#light light state} ({@code RoundListsIT} compares both).
 * <p>
 * Known limits: besides the rounds' own query a list makes about eight more (agencies,
 * units, current steps, forms, counts of values, seals, SOP revisions, and a region's
 * calendar, two queries, once a step is current), however many rounds it shows: an
 * agency's four rounds cost about as much as a region's hundred, and on a busy machine
 * each round trip to the database counts (docs/performance.md, section 3). The SOP
 * revisions are parsed once per list.
 */
@Component
class RoundLists {

	private final RoundSummaries summaries;

	private final Directory directory;

	private final RoundSops sops;

	private final RegionCalendars calendars;

	private final RoundViews views;

	private final SealStore seals;

	RoundLists(RoundSummaries summaries, Directory directory, RoundSops sops, RegionCalendars calendars,
			RoundViews views, SealStore seals) {
		this.seals = seals;
		this.summaries = summaries;
		this.directory = directory;
		this.sops = sops;
		this.calendars = calendars;
		this.views = views;
	}

	/**
	 * @param rounds the rounds, light columns only, in the list's order
	 * @throws NotFoundException when the user may not read one of them, as loading it
	 * would
	 */
	List<RoundView> views(List<RoundRecord> rounds, CurrentUser user, Instant now) {
		return read(rounds, user).stream()
			.map((l) -> this.views.round(l.state(), user, now, l.unitNames(), FormCounts.byUnit(l.tallies()), l.seal(),
					l.calendar()))
			.toList();
	}

	/**
	 * The rounds as light states with what their views need besides, read for all of them
	 * at once.
	 * @throws NotFoundException when the user may not read one of them, as loading it
	 * would
	 */
	List<Listed> read(List<RoundRecord> rounds, CurrentUser user) {
		List<Listed> listed = new ArrayList<>();
		if (rounds.isEmpty()) {
			return listed;
		}
		List<Long> ids = rounds.stream().map((r) -> r.id).toList();
		Set<Long> agencyIds = new LinkedHashSet<>();
		rounds.forEach((r) -> agencyIds.add(r.agencyId));
		Map<Long, AgencyView> agencies = this.directory.agencies(agencyIds);
		Map<Long, Map<String, String>> unitNames = new HashMap<>();
		this.directory.units(agencyIds).forEach((agency, units) -> unitNames.put(agency, RoundViews.unitNames(units)));
		Map<Long, StepRecord> current = this.summaries.currentSteps(ids);
		Map<Long, List<FormRecord>> forms = this.summaries.forms(ids);
		Map<Long, List<Tally>> tallies = this.summaries.tallies(ids);
		Map<Long, SealRecord> seals = this.summaries.latestSeals(ids);
		Map<Long, SopRevision> revisions = this.sops
			.of(rounds.stream().map((r) -> r.sopRevisionId).collect(Collectors.toSet()));
		Map<Long, WorkingCalendar> regions = new HashMap<>();
		for (RoundRecord r : rounds) {
			AgencyView agency = agencies.get(r.agencyId);
			if (agency == null || (user != null && !user.canRead(agency))) {
				throw new NotFoundException("round.unknown");
			}
			SopRevision sop = revisions.get(r.sopRevisionId);
			RoundState state = RoundState.light(r, agency, sop, current.get(r.id), forms.getOrDefault(r.id, List.of()));
			listed.add(new Listed(state, unitNames.getOrDefault(r.agencyId, Map.of()),
					tallies.getOrDefault(r.id, List.of()), seals.get(r.id),
					() -> regions.computeIfAbsent(r.regionId, this.calendars::of)));
		}
		return listed;
	}

	/**
	 * A round loaded on its own as a list would show it: what {@link #read} gives of it,
	 * read round by round (for comparisons: {@code RoundListsIT}).
	 */
	Listed alone(RoundState state) {
		RoundRecord r = state.round;
		return new Listed(state,
				RoundViews.unitNames(this.directory.units(List.of(r.agencyId)).getOrDefault(r.agencyId, List.of())),
				FormCounts.of(state.entries), this.seals.latest(r.id).orElse(null),
				() -> this.calendars.of(r.regionId));
	}

	/**
	 * A round of a list: its light state, its agency's unit names by code, its values
	 * counted, its latest seal (or null) and its region's calendar, read when first asked
	 * for and then shared by the list's rounds of that region.
	 */
	record Listed(RoundState state, Map<String, String> unitNames, List<Tally> tallies, SealRecord seal,
			Supplier<WorkingCalendar> calendar) {
	}

}
