package id.ukur.report.internal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionClock;
import id.ukur.organization.RegionSettings;
import id.ukur.report.AgencyDashboard;
import id.ukur.report.AgencyDashboard.Series;
import id.ukur.report.AgencyDashboards;
import id.ukur.report.ReportYears;
import id.ukur.report.IndicatorHistory;
import id.ukur.report.ObjectiveDrill;
import id.ukur.round.FormTimeliness;
import id.ukur.round.History;
import id.ukur.round.Period;
import id.ukur.round.PeriodFigures;
import id.ukur.round.RoundReports;
import id.ukur.shared.NotFoundException;
import id.ukur.sop.RegionCalendars;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The agency dashboard from the rounds' figures (docs/dashboards.md, "Agency dashboard"):
 * one query for the figures of the year and the years before it, one for the forms, one
 * for the open action plans, and the SOP compliance the round page shows.
 */
@Service
class AgencyDashboardService implements AgencyDashboards {

	/** How many years back the trend looks. */
	static final int TREND_YEARS = 10;

	private final History history;

	private final RoundReports reports;

	private final Organization organization;

	private final RegionSettings settings;

	private final RegionCalendars calendars;

	private final RegionClock clock;

	private final DashboardPdf pdf;

	AgencyDashboardService(History history, RoundReports reports, Organization organization, RegionSettings settings,
			RegionCalendars calendars, RegionClock clock, DashboardPdf pdf) {
		this.history = history;
		this.reports = reports;
		this.organization = organization;
		this.settings = settings;
		this.calendars = calendars;
		this.clock = clock;
		this.pdf = pdf;
	}

	@Override
	public AgencyDashboard dashboard(String agencyCode, int year, CurrentUser user) {
		checkYear(year);
		AgencyView agency = this.organization.agency(agencyCode, user);
		List<PeriodFigures> all = this.history.figures(agencyCode, year - TREND_YEARS + 1, year, user);
		List<PeriodFigures> ofYear = all.stream().filter((p) -> p.year() == year).toList();
		FigureGrid grid = new FigureGrid(ofYear, ratings(agency));
		PeriodFigures latest = ofYear.isEmpty() ? null : ofYear.get(ofYear.size() - 1);
		Map<String, String> units = unitNames(agencyCode, user);
		LocalDate today = this.clock.today(agency.regionId());
		List<FormTimeliness> forms = this.history.forms(agencyCode, year, user);
		List<Period> formPeriods = DashboardParts.formPeriods(forms);
		return new AgencyDashboard(agency(agency), year, years(all, year), grid.columns(),
				grid.agency(agency.shortName()), grid.rows((f) -> "OBJECTIVE".equals(f.kind())),
				grid.rows((f) -> f.indicator() && f.key()), trend(all, agency), formPeriods,
				DashboardParts.timeliness(forms, formPeriods, units, today), this.reports.compliance(agencyCode, user),
				this.calendars.of(agency.regionId()).dailyMinutes(),
				DashboardParts.plans(this.history.openActionPlans(agencyCode, user), units, today),
				DashboardParts.programs(latest), DashboardParts.risks(latest));
	}

	@Override
	public ObjectiveDrill objective(String agencyCode, String objectiveCode, int year, CurrentUser user) {
		checkYear(year);
		AgencyView agency = this.organization.agency(agencyCode, user);
		List<PeriodFigures> ofYear = this.history.figures(agencyCode, year, year, user);
		FigureGrid grid = new FigureGrid(ofYear, ratings(agency));
		List<Series> objectives = grid.rows((f) -> "OBJECTIVE".equals(f.kind()) && f.code().equals(objectiveCode));
		if (objectives.isEmpty()) {
			throw new NotFoundException("dashboard.objective.notFound", objectiveCode);
		}
		return new ObjectiveDrill(agency(agency), year, grid.columns(), objectives.get(0),
				grid.rows((f) -> f.indicator() && objectiveCode.equals(f.parentCode())));
	}

	@Override
	public IndicatorHistory indicator(String agencyCode, String indicatorCode, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		int to = this.clock.today(agency.regionId()).getYear() + 1;
		List<PeriodFigures> all = this.history.figures(agencyCode, ReportYears.FIRST, to, user);
		return IndicatorHistories.of(agency(agency), indicatorCode, all,
				this.history.factors(agencyCode, indicatorCode, ReportYears.FIRST, to, user),
				unitNames(agencyCode, user), ratings(agency));
	}

	@Override
	public byte[] pdf(String agencyCode, int year, CurrentUser user, Locale locale) {
		AgencyDashboard dashboard = dashboard(agencyCode, year, user);
		return this.pdf.render(dashboard, locale);
	}

	/**
	 * The years on record by their latest calculated period, with the agency and its key
	 * indicators matched by code.
	 */
	private AgencyDashboard.Trend trend(List<PeriodFigures> all, AgencyView agency) {
		Map<Integer, PeriodFigures> latestOfYear = new LinkedHashMap<>();
		all.forEach((p) -> latestOfYear.put(p.year(), p));
		FigureGrid grid = new FigureGrid(new ArrayList<>(latestOfYear.values()), ratings(agency));
		List<Series> rows = new ArrayList<>();
		rows.add(grid.agency(agency.shortName()));
		rows.addAll(grid.rows((f) -> f.indicator() && f.key()));
		return new AgencyDashboard.Trend(grid.columns(), rows);
	}

	private static List<Integer> years(List<PeriodFigures> all, int year) {
		TreeSet<Integer> years = new TreeSet<>();
		all.forEach((p) -> years.add(p.year()));
		years.add(year);
		return new ArrayList<>(years);
	}

	private Ratings ratings(AgencyView agency) {
		return new Ratings(this.settings.of(agency.regionId()).scale(), this.settings.scales(agency.regionId()),
				LocaleContextHolder.getLocale());
	}

	private Map<String, String> unitNames(String agencyCode, CurrentUser user) {
		Map<String, String> names = new LinkedHashMap<>();
		this.organization.units(agencyCode, user).forEach((u) -> names.put(u.code(), u.name()));
		return names;
	}

	static AgencyDashboard.Agency agency(AgencyView a) {
		return new AgencyDashboard.Agency(a.code(), a.name(), a.shortName(), a.regionCode(), a.regionName());
	}

	private static void checkYear(int year) {
		ReportYears.check(year);
	}

}
