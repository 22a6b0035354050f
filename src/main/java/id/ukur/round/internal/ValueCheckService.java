package id.ukur.round.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ukur.calculation.Plausibility;
import id.ukur.calculation.PlausibilityFlag;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionSettings;
import id.ukur.plan.IndicatorDoc;
import id.ukur.round.EntryStatus;
import id.ukur.round.Recap;
import id.ukur.round.ValueCheck;
import id.ukur.round.ValueChecks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plausibility checks of a round's values (docs/calculation.md, "Plausibility
 * checks") with the achievement each would give, computed by the recap's own path.
 */
@Service
@Transactional(readOnly = true)
class ValueCheckService implements ValueChecks {

	private final RoundLoader loader;

	private final PlanCopies copies;

	private final Calculation calculation;

	private final RegionSettings settings;

	private final ValueHistory history;

	ValueCheckService(RoundLoader loader, PlanCopies copies, Calculation calculation, RegionSettings settings,
			ValueHistory history) {
		this.loader = loader;
		this.copies = copies;
		this.calculation = calculation;
		this.settings = settings;
		this.history = history;
	}

	@Override
	public Map<String, ValueCheck> of(long roundId, CurrentUser user) {
		RoundState state = this.loader.load(roundId, user, false);
		// the achievement each value gives: the recap of the values so far, as the
		// recap page computes it before the calculation
		Map<String, Recap.IndicatorResult> results = new HashMap<>();
		this.calculation.compute(state, null).indicators().forEach((r) -> results.put(r.indicatorCode(), r));
		return checks(state, state.entries, results);
	}

	@Override
	public ValueCheck flags(long roundId, String indicatorCode, CurrentUser user) {
		RoundState state = this.loader.load(roundId, user, false);
		List<EntryRecord> one = state.entries.stream().filter((e) -> e.indicatorCode.equals(indicatorCode)).toList();
		return checks(state, one, Map.of()).get(indicatorCode);
	}

	private Map<String, ValueCheck> checks(RoundState state, List<EntryRecord> entries,
			Map<String, Recap.IndicatorResult> results) {
		RoundRecord round = state.round;
		Map<String, IndicatorDoc> indicators = this.copies.of(round).indicators();
		Map<String, Map<String, BigDecimal>> accepted = this.history.accepted(round);
		BigDecimal factor = this.settings.of(round.regionId).jumpFactor();
		Map<String, ValueCheck> checks = new HashMap<>();
		for (EntryRecord e : entries) {
			ValueHistory.Earlier earlier = ValueHistory.earlier(round.year, round.period,
					accepted.getOrDefault(e.indicatorCode, Map.of()), indicators.get(e.indicatorCode), e.previousText);
			boolean reported = e.status != EntryStatus.NOT_REPORTED && e.actualNumber != null;
			List<PlausibilityFlag> flags = reported ? Plausibility.check(e.actualNumber.stripTrailingZeros(),
					e.measureUnit, earlier.previous(), earlier.lastYear(), earlier.history(), factor) : List.of();
			Recap.IndicatorResult result = results.get(e.indicatorCode);
			checks.put(e.indicatorCode,
					new ValueCheck(e.indicatorCode, flags, earlier.previous(), earlier.lastYear(),
							(result != null) ? result.achievement() : null, (result != null) ? result.status() : null,
							(result != null) ? result.rating() : null, (result != null) ? result.ratingLabel() : null));
		}
		return checks;
	}

}
