package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionSettings;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanOutline;
import id.ukur.round.EntryStatus;
import id.ukur.round.Recap;
import id.ukur.round.RoundAction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Runs the calculation of a round and keeps it with the round: the recap is current while
 * no value changes afterwards.
 */
@Component
class Calculation {

	private final RegionSettings settings;

	private final PlanCopies copies;

	private final RoundStore rounds;

	private final EntryStore entries;

	private final RoundChanges changes;

	private final FigureStore figures;

	Calculation(RegionSettings settings, PlanCopies copies, RoundStore rounds, EntryStore entries, RoundChanges changes,
			FigureStore figures) {
		this.figures = figures;
		this.settings = settings;
		this.copies = copies;
		this.rounds = rounds;
		this.entries = entries;
		this.changes = changes;
	}

	Recap calculate(RoundState state, CurrentUser user) {
		RoundPolicy.require(user, RoundAction.CALCULATE, state);
		Instant now = this.changes.now();
		Recap recap = compute(state, now);
		state.round.calculated(this.changes.write(recap), now);
		this.rounds.writeRecap(state.round.id, state.round.recap);
		// the same calculation as rows for the read side (docs/dashboards.md)
		this.figures.replace(state.round, recap, this.copies.of(state.round).outline());
		this.changes.journal(state, "ROUND", "CALCULATED", user, null,
				Map.of("agencyAchievement", String.valueOf(recap.agency().achievement()), "indicators",
						recap.indicators().size(), "provisional", recap.agency().provisional()),
				null);
		this.changes.finish(state, now);
		return recap;
	}

	/**
	 * The recap pages, documents and the API show: the stored calculation (marked stale
	 * when a value changed since), or before any calculation the values entered so far,
	 * computed on the fly and marked provisional ({@code calculatedAt} null), so that
	 * nothing a person opens depends on a step having been reached.
	 */
	Recap soFar(RoundState state) {
		Recap stored = this.changes.recap(state.round);
		if (stored != null) {
			return stored.withCurrent(state.round.calculationCurrent());
		}
		return compute(state, null, false);
	}

	Recap compute(RoundState state, Instant now) {
		return compute(state, now, true);
	}

	private Recap compute(RoundState state, Instant now, boolean current) {
		PlanOutline outline = this.copies.of(state.round).outline();
		Map<String, RecapCalculator.Actual> actuals = new HashMap<>();
		for (EntryRecord e : state.entries) {
			boolean reported = e.status != EntryStatus.NOT_REPORTED;
			actuals.put(e.indicatorCode, new RecapCalculator.Actual(e.unitCode, e.targetText,
					reported ? e.actualNumber : null, reported ? e.actualText : null, reported ? display(e) : null));
		}
		Map<String, Map<String, BigDecimal>> earlier = earlier(state, outline);
		return new RecapCalculator(this.settings.of(state.round.regionId), state.round.period).compute(outline, actuals,
				earlier, now, current);
	}

	/**
	 * Actuals of the earlier quarters of the year: from the agency's latest round of each
	 * quarter, else from values recorded in the plan.
	 */
	private Map<String, Map<String, BigDecimal>> earlier(RoundState state, PlanOutline outline) {
		Map<String, Map<String, BigDecimal>> earlier = new HashMap<>();
		for (PlanOutline.Placed placed : outline.indicators()) {
			IndicatorDoc indicator = placed.indicator();
			if (indicator.actuals() != null) {
				indicator.actuals().forEach((quarter, value) -> {
					if (value != null && value.isNumber()) {
						earlier.computeIfAbsent(indicator.code(), (c) -> new HashMap<>()).put(quarter, value.number());
					}
				});
			}
		}
		if (!state.round.period.quarter()) {
			return earlier;
		}
		List<String> quarters = state.round.period.quartersToDate()
			.stream()
			.filter((q) -> !q.equals(state.round.period.name()))
			.toList();
		// one query for every earlier round's values, oldest round first, so that a later
		// round of a quarter overrides an earlier one value by value, as before
		for (EntryStore.Reported r : this.entries.reportedEarlier(state.round.agencyId, state.round.year,
				state.round.id, quarters)) {
			earlier.computeIfAbsent(r.indicatorCode(), (c) -> new HashMap<>()).put(r.period(), r.number());
		}
		return earlier;
	}

	static String display(EntryRecord e) {
		if (e.actualText != null) {
			return e.actualText;
		}
		return (e.actualNumber != null) ? id.ukur.plan.Decimals.plain(e.actualNumber.stripTrailingZeros()) : null;
	}

}
