package id.ukur.round.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.round.ActionPlanView;
import id.ukur.round.Figure;
import id.ukur.round.FormTimeliness;
import id.ukur.round.History;
import id.ukur.round.IndicatorFactors;
import id.ukur.round.Period;
import id.ukur.round.CapInForce;
import id.ukur.round.PeriodFigures;
import id.ukur.round.RegionProgress;
import id.ukur.round.RoundStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of an agency's rounds in one query over {@code recap_figure} and the rounds
 * that hold their periods (docs/dashboards.md).
 */
@Service
@Transactional(readOnly = true)
class HistoryService implements History {

	private final Organization organization;

	private final JdbcClient jdbc;

	private final AgencyDashboardQueries dashboard;

	private final RegionProgressQueries regionProgress;

	private final RecapCaps caps;

	HistoryService(Organization organization, JdbcClient jdbc, AgencyDashboardQueries dashboard,
			RegionProgressQueries regionProgress, RecapCaps caps) {
		this.caps = caps;
		this.organization = organization;
		this.jdbc = jdbc;
		this.dashboard = dashboard;
		this.regionProgress = regionProgress;
	}

	@Override
	public List<PeriodFigures> figures(String agencyCode, int fromYear, int toYear, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		Map<Long, Round> rounds = new LinkedHashMap<>();
		this.jdbc
			.sql("select r.id as r_id, r.round_year, r.period, r.status as r_status, r.calculated_at,"
					+ " r.calculated_version, r.data_version, r.sent_at, r.acknowledged_at, " + FigureStore.columns("f")
					+ " from recap_figure f join measurement_round r on r.id = f.round_id"
					+ " where f.agency_id = ? and f.round_year between ? and ? and r.status <> 'CANCELLED'"
					+ " order by r.id, f.position")
			.params(agency.id(), fromYear, toYear)
			.query((rs, row) -> {
				Round round = rounds.get(rs.getLong("r_id"));
				if (round == null) {
					round = round(rs);
					rounds.put(round.id(), round);
				}
				round.figures().add(FigureStore.map(rs));
				return round;
			})
			.list();
		Map<Long, CapInForce> caps = this.caps.of(rounds.keySet());
		return rounds.values()
			.stream()
			.map((r) -> new PeriodFigures(r.id(), r.year(), r.period(), r.status(), r.calculatedAt(), r.current(),
					r.sentAt(), r.acknowledgedAt(), r.figures(), caps.get(r.id())))
			.sorted(Comparator.comparingInt(PeriodFigures::year).thenComparing(PeriodFigures::period))
			.toList();
	}

	@Override
	public List<FormTimeliness> forms(String agencyCode, int year, CurrentUser user) {
		return this.dashboard.forms(this.organization.agency(agencyCode, user), year);
	}

	@Override
	public List<ActionPlanView> openActionPlans(String agencyCode, CurrentUser user) {
		return this.dashboard.openActionPlans(this.organization.agency(agencyCode, user));
	}

	@Override
	public List<IndicatorFactors> factors(String agencyCode, String indicatorCode, int fromYear, int toYear,
			CurrentUser user) {
		return this.dashboard.factors(this.organization.agency(agencyCode, user), indicatorCode, fromYear, toYear);
	}

	@Override
	public RegionProgress regionProgress(String regionCode, int year, CurrentUser user) {
		return this.regionProgress.of(regionCode, year, user);
	}

	private static Round round(ResultSet rs) throws SQLException {
		long calculated = rs.getLong("calculated_version");
		boolean current = !rs.wasNull() && calculated == rs.getLong("data_version");
		return new Round(rs.getLong("r_id"), rs.getInt("round_year"), Period.valueOf(rs.getString("period")),
				RoundStatus.valueOf(rs.getString("r_status")), Sql.instant(rs, "calculated_at"), current,
				Sql.instant(rs, "sent_at"), Sql.instant(rs, "acknowledged_at"), new ArrayList<>());
	}

	private record Round(long id, int year, Period period, RoundStatus status, java.time.Instant calculatedAt,
			boolean current, java.time.Instant sentAt, java.time.Instant acknowledgedAt, List<Figure> figures) {
	}

}
