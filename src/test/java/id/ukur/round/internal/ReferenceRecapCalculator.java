package id.ukur.round.internal;

import id.ukur.calculation.AchievementResult;
import id.ukur.calculation.Achievements;
import id.ukur.calculation.Budgets;
import id.ukur.calculation.EfficiencyResult;
import id.ukur.calculation.Method;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.PeriodValue;
import id.ukur.calculation.QualitativeScale;
import id.ukur.calculation.Rating;
import id.ukur.calculation.RollUpItem;
import id.ukur.calculation.RollUpResult;
import id.ukur.calculation.RollUps;
import id.ukur.calculation.ScaleEntry;
import id.ukur.calculation.Target;
import id.ukur.organization.RegionSettings.Settings;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.NodeKind;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanOutline;
import id.ukur.plan.PlanOutline.OutlineNode;
import id.ukur.plan.ValueType;
import id.ukur.round.Period;
import id.ukur.round.Recap;
import id.ukur.round.Recap.IndicatorResult;
import id.ukur.round.Recap.NodeResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FROZEN COPY of RecapCalculator as it was before explanations were made on demand (issue
 * 15): the reference the equivalence test compares the new calculation with. Do not
 * change.
 *
 * The recap of a round from its plan copy and values, with the {@code calculation} module
 * ({@code calculation.md}): every indicator for the period to date, roll-ups per node
 * from their own indicators, the agency over the key indicators of its objectives,
 * absorption and efficiency to date. Pure: no database, no clock.
 */
final class ReferenceRecapCalculator {

	private final Settings settings;

	private final Period period;

	ReferenceRecapCalculator(Settings settings, Period period) {
		this.settings = settings;
		this.period = period;
	}

	/**
	 * @param actuals the actual of this round per indicator (null when not reported)
	 * @param earlier actuals of earlier quarters of the year per indicator and quarter
	 */
	Recap compute(PlanOutline outline, Map<String, RecapCalculator.Actual> actuals,
			Map<String, Map<String, BigDecimal>> earlier, Instant at, boolean current) {
		Map<String, AchievementResult> results = new HashMap<>();
		List<IndicatorResult> indicators = new ArrayList<>();
		for (PlanOutline.Placed placed : outline.indicators()) {
			IndicatorDoc indicator = placed.indicator();
			RecapCalculator.Actual actual = actuals.get(indicator.code());
			if (actual == null) {
				continue;
			}
			Map<String, BigDecimal> before = earlier.getOrDefault(indicator.code(), Map.of());
			AchievementResult result = achievement(indicator, actual, before);
			results.put(indicator.code(), result);
			indicators.add(indicatorResult(placed, actual, result, targetToDate(indicator, actual, before)));
		}
		List<NodeResult> nodes = new ArrayList<>();
		List<RollUpItem> agencyItems = new ArrayList<>();
		List<RollUpItem> objectiveItems = new ArrayList<>();
		for (OutlineNode node : outline.all()) {
			List<RollUpItem> items = items(node.indicators(), results, false);
			if (node.kind() == NodeKind.OBJECTIVE) {
				agencyItems.addAll(items(node.indicators(), results, true));
				objectiveItems.addAll(items);
			}
			nodes.add(nodeResult(node, items));
		}
		List<RollUpItem> agency = agencyItems.isEmpty() ? objectiveItems : agencyItems;
		RollUpResult total = agency.isEmpty() ? null : RollUps.rollUp(agency, this.settings.achievementCap());
		Rating rating = (total != null) ? this.settings.scale().rate(total.achievement()) : null;
		NodeResult agencyResult = new NodeResult("AGENCY", "", "", 0, (total != null) ? total.achievement() : null,
				(rating != null) ? rating.code() : null, (rating != null) ? rating.labelId() : null,
				total != null && total.provisional(), (total != null) ? total.counted() : 0,
				(total != null) ? total.explanation().text() : null, null, null, null, null);
		return new Recap(at, current, this.settings.scale().code(), indicators, nodes, agencyResult);
	}

	private List<RollUpItem> items(List<IndicatorDoc> indicators, Map<String, AchievementResult> results,
			boolean keyOnly) {
		List<RollUpItem> items = new ArrayList<>();
		for (IndicatorDoc indicator : indicators) {
			AchievementResult result = results.get(indicator.code());
			if (result != null && (!keyOnly || Boolean.TRUE.equals(indicator.key()))) {
				items.add(new RollUpItem(indicator.code(), result, indicator.weight()));
			}
		}
		return items;
	}

	private NodeResult nodeResult(OutlineNode node, List<RollUpItem> items) {
		RollUpResult rollUp = items.isEmpty() ? null : RollUps.rollUp(items, this.settings.achievementCap());
		BigDecimal achievement = (rollUp != null) ? rollUp.achievement() : null;
		Rating rating = this.settings.scale().rate(achievement);
		BigDecimal spent = spentToDate(node);
		boolean budgeted = node.budget() != null && node.budget().signum() > 0;
		BigDecimal absorption = (budgeted && spent != null) ? Budgets.absorption(spent, node.budget()) : null;
		// the plan holds one annual budget: the period to date is compared with the
		// elapsed
		// share of the year, as its achievement is with the period-to-date target
		BigDecimal share = Budgets.elapsedShare(this.period.quartersToDate().size());
		BigDecimal toDate = budgeted ? Budgets.absorptionToDate(spent, node.budget(), share) : null;
		EfficiencyResult efficiency = (node.kind() == NodeKind.PROGRAM || node.kind() == NodeKind.ACTIVITY) ? Budgets
			.efficiencyToDate(achievement, spent, node.budget(), share, this.settings.efficiencyThreshold()) : null;
		return new NodeResult(node.kind().name(), node.code(), node.name(), node.depth(), achievement,
				(rating != null) ? rating.code() : null, (rating != null) ? rating.labelId() : null,
				rollUp != null && rollUp.provisional(), (rollUp != null) ? rollUp.counted() : 0,
				(rollUp != null) ? rollUp.explanation().text() : null, node.budget(), spent, absorption,
				(efficiency != null) ? efficiency.efficiency().name() + ": " + efficiency.explanation() : null,
				budgeted ? share : null, toDate);
	}

	private BigDecimal spentToDate(OutlineNode node) {
		BigDecimal total = null;
		for (String quarter : this.period.quartersToDate()) {
			BigDecimal amount = node.spentByPeriod().get(quarter);
			if (amount != null) {
				total = (total == null) ? amount : total.add(amount);
			}
		}
		return total;
	}

	private IndicatorResult indicatorResult(PlanOutline.Placed placed, RecapCalculator.Actual actual,
			AchievementResult result, String targetToDate) {
		IndicatorDoc indicator = placed.indicator();
		Rating rating = result.isComputed() ? this.settings.scale().rate(result.achievement()) : null;
		boolean followUp = rating != null && this.settings.needsFollowUp(rating.code());
		boolean number = indicator.valueType() != ValueType.QUALITATIVE;
		Target own = number ? TargetTexts.parse(actual.target()) : null;
		Target toDate = number ? TargetTexts.parse(targetToDate) : null;
		return new IndicatorResult(indicator.code(), indicator.name(), indicator.measureUnit(), placed.node().code(),
				actual.unitCode(), actual.target(), actual.display(), result.achievement(),
				(rating != null) ? rating.code() : null, (rating != null) ? rating.labelId() : null,
				result.status().name(), result.provisional(), followUp, result.explanation().text(),
				result.explanation().inputs(), result.explanation().formulaName(), result.explanation().arithmetic(),
				result.explanation().rounding(), TargetTexts.value(own), TargetTexts.min(own), TargetTexts.max(own),
				targetToDate, TargetTexts.value(toDate), TargetTexts.min(toDate), TargetTexts.max(toDate),
				number ? actual.number() : null, actualToDate(number, result), number ? result.actualUsed() : null);
	}

	/**
	 * The R the formula used (period to date), as kept; null when none or qualitative.
	 */
	private static String actualToDate(boolean number, AchievementResult result) {
		BigDecimal used = result.actualUsed();
		return (number && used != null) ? id.ukur.plan.Decimals.plain(used.stripTrailingZeros()) : null;
	}

	/**
	 * The target the achievement is computed against, as kept: for a quarter of a
	 * periodic indicator the period-to-date target of its aggregation, else the period's
	 * target.
	 */
	String targetToDate(IndicatorDoc indicator, RecapCalculator.Actual actual, Map<String, BigDecimal> earlier) {
		if (indicator.valueType() == ValueType.QUALITATIVE) {
			return qualitativeTarget(indicator);
		}
		if (periodic(indicator)) {
			return TargetTexts
				.text(Achievements.periodTarget(indicator.aggregation(), periodValues(indicator, actual, earlier)));
		}
		return TargetTexts.text(periodToDateTarget(indicator, this.period));
	}

	private boolean periodic(IndicatorDoc indicator) {
		return this.period.quarter() && indicator.aggregation() != null && hasQuarterTargets(indicator);
	}

	private List<PeriodValue> periodValues(IndicatorDoc indicator, RecapCalculator.Actual actual,
			Map<String, BigDecimal> earlier) {
		List<PeriodValue> values = new ArrayList<>();
		for (String quarter : this.period.quartersToDate()) {
			PeriodTarget target = indicator.periodTargets().get(quarter);
			BigDecimal value = quarter.equals(this.period.lastQuarter()) ? actual.number() : earlier.get(quarter);
			values.add(new PeriodValue(quarter, target(target), value));
		}
		return values;
	}

	AchievementResult achievement(IndicatorDoc indicator, RecapCalculator.Actual actual,
			Map<String, BigDecimal> earlier) {
		Method method = Method.of(indicator.polarity(), indicator.formula());
		BigDecimal cap = this.settings.achievementCap();
		if (indicator.valueType() == ValueType.QUALITATIVE) {
			List<ScaleEntry> entries = (indicator.scale() != null)
					? indicator.scale().stream().map((s) -> new ScaleEntry(s.value(), s.score())).toList() : List.of();
			return Achievements.computeQualitative(method, qualitativeTarget(indicator), actual.text(),
					new QualitativeScale(entries), cap);
		}
		if (periodic(indicator)) {
			return Achievements.computePeriods(method, indicator.aggregation(),
					periodValues(indicator, actual, earlier), cap);
		}
		return Achievements.compute(method, periodToDateTarget(indicator, this.period), actual.number(), cap);
	}

	private boolean hasQuarterTargets(IndicatorDoc indicator) {
		return hasQuarterTargets(indicator, this.period);
	}

	static boolean hasQuarterTargets(IndicatorDoc indicator, Period period) {
		return period.quartersToDate()
			.stream()
			.allMatch((q) -> indicator.periodTargets().get(q) != null
					&& target(indicator.periodTargets().get(q)) != null);
	}

	private String qualitativeTarget(IndicatorDoc indicator) {
		return qualitativeTarget(indicator, this.period);
	}

	static String qualitativeTarget(IndicatorDoc indicator, Period period) {
		PeriodTarget target = indicator.periodTargets().get(period.lastQuarter());
		if (period != Period.YEAR && target != null) {
			return (target.text() != null) ? target.text() : target.display();
		}
		return (indicator.target() != null) ? indicator.target().toString() : null;
	}

	/** The target of the period to date for a half-year or the year. */
	static Target periodToDateTarget(IndicatorDoc indicator, Period period) {
		if (period != Period.YEAR && hasQuarterTargets(indicator, period)) {
			List<Target> targets = period.quartersToDate()
				.stream()
				.map((q) -> target(indicator.periodTargets().get(q)))
				.toList();
			PeriodAggregation aggregation = indicator.aggregation();
			if (aggregation == PeriodAggregation.CUMULATIVE && targets.stream().noneMatch(Target::isRange)) {
				return Target.of(targets.stream().map(Target::value).reduce(BigDecimal.ZERO, BigDecimal::add));
			}
			if (aggregation == PeriodAggregation.AVERAGE && targets.stream().noneMatch(Target::isRange)) {
				BigDecimal sum = targets.stream().map(Target::value).reduce(BigDecimal.ZERO, BigDecimal::add);
				return Target.of(sum.divide(BigDecimal.valueOf(targets.size()), 10, RoundingMode.HALF_UP));
			}
			return targets.get(targets.size() - 1);
		}
		if (indicator.rangeTarget()) {
			return Target.range(indicator.targetMin(), indicator.targetMax());
		}
		return (indicator.target() != null && indicator.target().isNumber()) ? Target.of(indicator.target().number())
				: null;
	}

	static Target target(PeriodTarget target) {
		if (target == null) {
			return null;
		}
		if (target.isRange()) {
			return Target.range(target.min(), target.max());
		}
		return (target.value() != null) ? Target.of(target.value()) : null;
	}

}
