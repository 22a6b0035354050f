package id.ukur.report.internal.region;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionClock;
import id.ukur.organization.RegionSettings;
import id.ukur.report.internal.region.RegionDashboard.AgencyRow;
import id.ukur.report.internal.region.RegionDashboard.Band;
import id.ukur.report.internal.region.RegionDashboard.Cell;
import id.ukur.report.internal.region.RegionDashboard.PeriodColumn;
import id.ukur.report.ReportYears;
import id.ukur.round.History;
import id.ukur.round.Period;
import id.ukur.round.Periods;
import id.ukur.round.RegionProgress;
import id.ukur.round.RegionProgress.AgencyProgress;
import id.ukur.round.RegionProgress.PeriodProgress;
import id.ukur.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.HashSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The region dashboard (docs/dashboards.md, "Region dashboard"): the rounds' progress and
 * figures of a region's year as the round module reads them for the whole region
 * ({@link History#regionProgress}), arranged as a grid of agencies × periods with the
 * period's lists. Who may read it is the round module's rule: the region-wide roles of
 * that region.
 */
@Service
public class RegionDashboards {

	private final History history;

	private final RegionSettings settings;

	private final MessageSource messages;

	private final RegionClock regionClock;

	private final Clock clock;

	RegionDashboards(History history, RegionSettings settings, MessageSource messages, RegionClock regionClock,
			Clock clock) {
		this.history = history;
		this.settings = settings;
		this.messages = messages;
		this.regionClock = regionClock;
		this.clock = clock;
	}

	/**
	 * @param period the period of the lists; null for the latest period any round of the
	 * region measures (TW I when none)
	 * @throws id.ukur.shared.NotFoundException when the region is not the user's
	 * @throws id.ukur.shared.ForbiddenException when the user has no region-wide role
	 */
	public RegionDashboard of(String regionCode, int year, Period period, CurrentUser user, Locale locale) {
		RegionProgress progress = this.history.regionProgress(regionCode, year, user);
		RatingBands ratings = new RatingBands(this.settings.of(progress.regionId()).scale(),
				() -> this.settings.scales(progress.regionId()), locale,
				this.messages.getMessage("dashboard.region.unrated", null, locale));
		List<PeriodColumn> periods = columns(progress);
		Period selected = (period != null) ? period : latest(progress);
		List<AgencyRow> rows = progress.agencies()
			.stream()
			.map((a) -> new AgencyRow(a.agencyCode(), a.agencyName(), a.shortName(),
					periods.stream().map((p) -> cell(a, p.code(), ratings)).toList()))
			.toList();
		List<AgencyProgress> agencies = progress.agencies();
		Set<String> found = new HashSet<>();
		agencies.forEach(
				(a) -> a.round(selected).ifPresent((r) -> r.indicatorRatings().forEach((c) -> found.add(c.rating()))));
		List<Band> bands = ratings.columns(found);
		return new RegionDashboard(progress.regionCode(), progress.regionName(), year, column(selected), periods, rows,
				RegionRankings.missing(agencies, selected), RegionRankings.byAchievement(agencies, selected, ratings),
				RegionRankings.byTimeliness(agencies, selected, ratings), bands,
				RegionRankings.distribution(agencies, selected, bands));
	}

	/**
	 * @return this year in the user's region
	 */
	public int currentYear(CurrentUser user) {
		return LocalDate.now(this.clock.withZone(this.regionClock.zone(user))).getYear();
	}

	/**
	 * @param text the year as asked for; null or blank for this year
	 * @throws InvalidInputException naming {@code year} when it is not a year from 2000
	 * to 2100
	 */
	public int year(String text, CurrentUser user) {
		return ReportYears.parse(text, () -> currentYear(user));
	}

	/**
	 * @param text a period code ({@code TW1} … {@code TW4}, {@code S1}, {@code S2},
	 * {@code YEAR}); null or blank for the default
	 * @throws InvalidInputException naming {@code period} when it is none of them
	 */
	public static Period period(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (Period period : Period.values()) {
			if (period.name().equalsIgnoreCase(text.trim())) {
				return period;
			}
		}
		throw new InvalidInputException("period", "dashboard.region.period.invalid");
	}

	/** The quarters, and the semesters and the year where a round measures them. */
	private static List<PeriodColumn> columns(RegionProgress progress) {
		List<PeriodColumn> columns = new ArrayList<>();
		for (Period period : Period.values()) {
			if (period.quarter() || progress.agencies().stream().anyMatch((a) -> a.round(period).isPresent())) {
				columns.add(column(period));
			}
		}
		return columns;
	}

	/**
	 * The period any round reaches furthest into the year; a quarter before the others.
	 */
	private static Period latest(RegionProgress progress) {
		return progress.agencies()
			.stream()
			.flatMap((a) -> a.rounds().stream())
			.map(PeriodProgress::period)
			.max(Comparator.comparing(Period::lastQuarter).thenComparing(Period::quarter))
			.orElse(Period.TW1);
	}

	static PeriodColumn column(Period period) {
		return new PeriodColumn(period, Periods.label(period));
	}

	private static Cell cell(AgencyProgress agency, Period period, RatingBands ratings) {
		return agency.round(period).map((r) -> {
			Band band = (r.achievement() != null) ? ratings.band(r.rating()) : null;
			boolean step = r.currentStep() != null;
			return new Cell(period, r.roundId(), r.stage(), step ? r.currentStep().number() : null,
					step ? r.currentStep().activity() : null, step ? String.join(", ", r.currentStep().lanes()) : null,
					r.stepLate(), r.units().size(), (int) r.submittedUnits(), (int) r.lateUnits(), r.achievement(),
					r.rating(), (band != null) ? band.label() : null, (band != null) ? band.ratingClass() : null,
					r.provisional(), r.atRisk());
		}).orElse(new Cell(period, null, null, null, null, null, false, 0, 0, 0, null, null, null, null, false, 0));
	}

}
