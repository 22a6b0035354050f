package id.ukur.report.internal.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ukur.report.AgencyDashboard;
import id.ukur.report.IndicatorHistory;
import id.ukur.round.Figure;
import id.ukur.round.IndicatorFactors;
import id.ukur.round.PeriodFigures;
import id.ukur.shared.NotFoundException;

/**
 * One indicator's history: its figure in every calculated round on record, matched by
 * code, with the factors its unit wrote beside the value in that round.
 */
final class IndicatorHistories {

	private IndicatorHistories() {
	}

	static IndicatorHistory of(AgencyDashboard.Agency agency, String code, List<PeriodFigures> periods,
			List<IndicatorFactors> factors, Map<String, String> unitNames, Ratings ratings) {
		Map<Long, IndicatorFactors> byRound = new HashMap<>();
		factors.forEach((f) -> byRound.put(f.roundId(), f));
		List<IndicatorHistory.Row> rows = new ArrayList<>();
		Figure latest = null;
		PeriodFigures latestPeriod = null;
		for (PeriodFigures period : periods) {
			Figure f = period.figure(Figure.INDICATOR, code).orElse(null);
			if (f == null) {
				continue;
			}
			latest = f;
			latestPeriod = period;
			IndicatorFactors written = byRound.get(period.roundId());
			String unit = (written != null) ? written.unitCode() : f.unitCode();
			rows.add(new IndicatorHistory.Row(period.roundId(), period.year(), period.period(), period.sealed(),
					f.target(), f.actual(), f.achievement(), f.rating(), ratings.label(f.rating()),
					ratings.colour(f.rating()), f.provisional() || !period.sealed(), f.status(), unit,
					(unit != null) ? unitNames.getOrDefault(unit, unit) : null,
					(written != null) ? blankToNull(written.enabling()) : null,
					(written != null) ? blankToNull(written.inhibiting()) : null, f.atRisk(), f.projection()));
		}
		if (latest == null) {
			throw new NotFoundException("dashboard.indicator.notFound", code);
		}
		Figure parent = findParent(latestPeriod, latest.parentCode());
		return new IndicatorHistory(agency, code, latest.name(), latest.measureUnit(), latest.key(),
				latest.parentCode(), (parent != null) ? parent.name() : null,
				parent != null && "OBJECTIVE".equals(parent.kind()), rows);
	}

	private static Figure findParent(PeriodFigures period, String code) {
		if (code == null) {
			return null;
		}
		return period.figures()
			.stream()
			.filter((f) -> !f.indicator() && !Figure.AGENCY.equals(f.kind()) && code.equals(f.code()))
			.findFirst()
			.orElse(null);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
