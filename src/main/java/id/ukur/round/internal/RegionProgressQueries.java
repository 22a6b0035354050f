package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Directory;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionView;
import id.ukur.organization.UnitView;
import id.ukur.round.FormStatus;
import id.ukur.round.RegionProgress;
import id.ukur.round.RegionProgress.AgencyProgress;
import id.ukur.round.RegionProgress.CurrentStep;
import id.ukur.round.RegionProgress.PeriodProgress;
import id.ukur.round.RegionProgress.Stage;
import id.ukur.round.RegionProgress.UnitProgress;
import id.ukur.round.RoundStatus;
import id.ukur.round.StepView;
import id.ukur.shared.NotFoundException;
import id.ukur.sop.RegionCalendars;
import id.ukur.sop.SopRevision;
import id.ukur.sop.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The region dashboard's reading of rounds (docs/dashboards.md, "Region dashboard"): a
 * fixed number of queries for the whole region whatever its size — the agencies, the
 * rounds of the year (light columns), their current steps, their forms, the agencies'
 * units, the SOP revisions (cached), the region's calendar once a step is current, and
 * the figures aggregated in SQL ({@link RegionFigures}). Lateness is decided as the round
 * page decides it ({@link RoundViews#step}).
 */
@Component
class RegionProgressQueries {

	private final Organization organization;

	private final RoundStore rounds;

	private final RoundSummaries summaries;

	private final RoundSops sops;

	private final Directory directory;

	private final RegionCalendars calendars;

	private final RegionFigures figures;

	private final Clock clock;

	RegionProgressQueries(Organization organization, RoundStore rounds, RoundSummaries summaries, RoundSops sops,
			Directory directory, RegionCalendars calendars, RegionFigures figures, Clock clock) {
		this.organization = organization;
		this.rounds = rounds;
		this.summaries = summaries;
		this.sops = sops;
		this.directory = directory;
		this.calendars = calendars;
		this.figures = figures;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when the region is not the user's (a user of another
	 * region, or none)
	 * @throws id.ukur.shared.ForbiddenException when the user has no region-wide role
	 */
	RegionProgress of(String regionCode, int year, CurrentUser user) {
		RegionView region = region(regionCode, user);
		RoundPolicy.region(user).orThrow();
		List<AgencyView> agencies = this.organization.agenciesVisibleTo(user)
			.stream()
			.filter((a) -> a.regionId() == region.id())
			.toList();
		List<RoundRecord> found = this.rounds.ofRegion(region.id(), year);
		List<Long> ids = found.stream().map((r) -> r.id).toList();
		Map<Long, StepRecord> current = this.summaries.currentSteps(ids);
		Map<Long, List<FormRecord>> forms = this.summaries.forms(ids);
		Map<Long, List<UnitView>> units = this.directory.units(agencies.stream().map(AgencyView::id).toList());
		Map<Long, SopRevision> revisions = this.sops
			.of(found.stream().map((r) -> r.sopRevisionId).collect(Collectors.toSet()));
		Map<Long, RegionFigures.Summary> summaries = this.figures.of(region.id(), year);
		WorkingCalendar[] calendar = { null };
		Supplier<WorkingCalendar> calendarOnce = () -> {
			if (calendar[0] == null) {
				calendar[0] = this.calendars.of(region.id());
			}
			return calendar[0];
		};
		Context context = new Context(this.clock.instant(), region.timeZone(), current, forms, revisions, summaries,
				calendarOnce);
		Map<Long, List<PeriodProgress>> byAgency = new HashMap<>();
		for (RoundRecord r : found) {
			byAgency.computeIfAbsent(r.agencyId, (id) -> new ArrayList<>())
				.add(period(r, unitNames(units.get(r.agencyId)), context));
		}
		List<AgencyProgress> progress = agencies.stream()
			.map((a) -> new AgencyProgress(a.id(), a.code(), a.name(), a.shortName(),
					byAgency.getOrDefault(a.id(), List.of())
						.stream()
						.sorted(Comparator.comparing(PeriodProgress::period))
						.toList()))
			.toList();
		return new RegionProgress(region.id(), region.code(), region.name(), year, progress);
	}

	private RegionView region(String regionCode, CurrentUser user) {
		if (user == null || regionCode == null) {
			throw new NotFoundException("round.region.unknown");
		}
		RegionView region = this.organization.region(user.regionId());
		if (region == null || !region.code().equalsIgnoreCase(regionCode.trim())) {
			throw new NotFoundException("round.region.unknown");
		}
		return region;
	}

	private static PeriodProgress period(RoundRecord r, Map<String, String> unitNames, Context context) {
		StepRecord step = context.current().get(r.id);
		CurrentStep currentStep = null;
		if (step != null && r.status == RoundStatus.OPEN) {
			SopExecutor executor = new SopExecutor(context.revisions().get(r.sopRevisionId).definition());
			StepView view = RoundViews.step(executor, step, context.now(), context.calendar().get());
			currentStep = new CurrentStep(view.number(), view.activity(),
					view.lanes().stream().map(StepView.LaneView::name).toList(), view.startedAt(), view.due(),
					view.late());
		}
		Instant deadlineEnd = (r.deadline != null) ? r.deadline.plusDays(1).atStartOfDay(context.zone()).toInstant()
				: null;
		boolean pastDeadline = r.status == RoundStatus.OPEN && deadlineEnd != null
				&& !context.now().isBefore(deadlineEnd);
		List<UnitProgress> units = context.forms()
			.getOrDefault(r.id, List.of())
			.stream()
			.map((f) -> new UnitProgress(f.unitCode, unitNames.getOrDefault(f.unitCode, f.unitCode), f.status,
					f.submittedAt, f.late || (pastDeadline && f.status != FormStatus.SUBMITTED)))
			.toList();
		RegionFigures.Summary figures = context.figures().getOrDefault(r.id, RegionFigures.Summary.NONE);
		return new PeriodProgress(r.id, r.period, r.status, stage(r, currentStep), r.deadline, currentStep, units,
				figures.achievement(), figures.rating(), figures.provisional(), figures.indicatorRatings(), r.sentAt,
				r.acknowledgedAt);
	}

	static Stage stage(RoundRecord r, CurrentStep currentStep) {
		if (r.status == RoundStatus.OPEN) {
			return (currentStep != null) ? Stage.AT_STEP : Stage.OPEN;
		}
		if (r.acknowledgedAt != null) {
			return Stage.ACKNOWLEDGED;
		}
		return (r.sentAt != null) ? Stage.SENT : Stage.SEALED;
	}

	private static Map<String, String> unitNames(List<UnitView> units) {
		return (units != null) ? RoundViews.unitNames(units) : Map.of();
	}

	/** What every round of the region is read with. */
	private record Context(Instant now, ZoneId zone, Map<Long, StepRecord> current, Map<Long, List<FormRecord>> forms,
			Map<Long, SopRevision> revisions, Map<Long, RegionFigures.Summary> figures,
			Supplier<WorkingCalendar> calendar) {
	}

}
