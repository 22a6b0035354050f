package id.ukur.report.internal.region;

import id.ukur.report.internal.region.RegionDashboard.Band;
import id.ukur.report.internal.region.RegionDashboard.Distribution;
import id.ukur.report.internal.region.RegionDashboard.Missing;
import id.ukur.report.internal.region.RegionDashboard.Ranked;
import id.ukur.round.Period;
import id.ukur.round.RegionProgress.AgencyProgress;
import id.ukur.round.RegionProgress.PeriodProgress;
import id.ukur.round.RegionProgress.RatingCount;
import id.ukur.round.RegionProgress.UnitProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lists under the grid of the region dashboard, all about one period
 * (docs/dashboards.md, "Region dashboard"): who has not reported, the agencies ranked by
 * achievement and by timeliness, and each agency's indicators counted per rating.
 */
final class RegionRankings {

	private static final Comparator<Ranked> BY_NAME = Comparator.comparing(Ranked::agencyName);

	private RegionRankings() {
	}

	/** Agencies without a round of the period, then rounds with units not submitted. */
	static List<Missing> missing(List<AgencyProgress> agencies, Period period) {
		List<Missing> missing = new ArrayList<>();
		for (AgencyProgress agency : agencies) {
			Optional<PeriodProgress> round = agency.round(period);
			if (round.isEmpty()) {
				missing.add(new Missing(agency.agencyCode(), agency.agencyName(), null, false, List.of()));
			}
			else if (round.get().units().isEmpty() || round.get().submittedUnits() < round.get().units().size()) {
				List<String> units = round.get()
					.units()
					.stream()
					.filter((u) -> !u.submitted())
					.map(UnitProgress::unitName)
					.toList();
				missing.add(new Missing(agency.agencyCode(), agency.agencyName(), round.get().roundId(),
						!round.get().units().isEmpty(), units));
			}
		}
		missing.sort(Comparator.comparing(Missing::notOrdered).reversed().thenComparing(Missing::agencyName));
		return missing;
	}

	/**
	 * Highest achievement first; agencies without one (no round, not calculated) last, by
	 * name, without a rank. Equal achievements share a rank.
	 */
	static List<Ranked> byAchievement(List<AgencyProgress> agencies, Period period, RatingBands ratings) {
		List<Ranked> ranked = new ArrayList<>(agencies.stream().map((a) -> ranked(a, period, ratings)).toList());
		ranked.sort(Comparator.comparing(Ranked::achievement, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(BY_NAME));
		return numbered(ranked, Ranked::achievement);
	}

	/**
	 * The largest share of units on time first, an agency whose current step is late
	 * after one whose is not; agencies with no submission decided yet last, without a
	 * rank.
	 */
	static List<Ranked> byTimeliness(List<AgencyProgress> agencies, Period period, RatingBands ratings) {
		List<Ranked> ranked = new ArrayList<>(agencies.stream().map((a) -> ranked(a, period, ratings)).toList());
		ranked.sort(Comparator.comparing(Ranked::timeliness, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Ranked::stepLate)
			.thenComparing(BY_NAME));
		return numbered(ranked, (r) -> (r.timeliness() == null) ? null : r.timeliness() + "/" + r.stepLate());
	}

	/** Each agency's indicators of the period per rating, in the order of the bands. */
	static List<Distribution> distribution(List<AgencyProgress> agencies, Period period, List<Band> bands) {
		List<Distribution> distribution = new ArrayList<>();
		for (AgencyProgress agency : agencies) {
			List<RatingCount> counts = agency.round(period).map(PeriodProgress::indicatorRatings).orElse(List.of());
			List<Integer> row = new ArrayList<>();
			int total = 0;
			for (Band band : bands) {
				int count = counts.stream()
					.filter((c) -> Objects.equals(c.rating(), band.code()))
					.mapToInt(RatingCount::indicators)
					.sum();
				row.add(count);
				total += count;
			}
			distribution
				.add(new Distribution(agency.agencyCode(), agency.agencyName(), agency.shortName(), row, total));
		}
		return distribution;
	}

	private static Ranked ranked(AgencyProgress agency, Period period, RatingBands ratings) {
		Optional<PeriodProgress> found = agency.round(period);
		if (found.isEmpty()) {
			return new Ranked(null, agency.agencyCode(), agency.agencyName(), agency.shortName(), null, null, null,
					null, null, 0, 0, false);
		}
		PeriodProgress round = found.get();
		int late = (int) round.lateUnits();
		int onTime = (int) round.units().stream().filter((u) -> u.submitted() && !u.late()).count();
		BigDecimal timeliness = (onTime + late > 0)
				? BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(onTime + late), 2, RoundingMode.HALF_UP)
				: null;
		Band band = (round.achievement() != null) ? ratings.band(round.rating()) : null;
		return new Ranked(null, agency.agencyCode(), agency.agencyName(), agency.shortName(), round.roundId(),
				round.achievement(), (band != null) ? band.label() : null, (band != null) ? band.ratingClass() : null,
				timeliness, onTime, late, round.stepLate());
	}

	/** Ranks 1, 2, 2, 4 … by the key; a null key gets no rank. */
	private static List<Ranked> numbered(List<Ranked> sorted, java.util.function.Function<Ranked, Object> key) {
		List<Ranked> numbered = new ArrayList<>();
		Object previous = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			Ranked r = sorted.get(i);
			Object value = key.apply(r);
			if (value != null && !sameValue(value, previous)) {
				rank = i + 1;
			}
			previous = value;
			numbered.add(new Ranked((value != null) ? rank : null, r.agencyCode(), r.agencyName(), r.shortName(),
					r.roundId(), r.achievement(), r.ratingLabel(), r.ratingClass(), r.timeliness(), r.onTime(),
					r.late(), r.stepLate()));
		}
		return numbered;
	}

	private static boolean sameValue(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

}
