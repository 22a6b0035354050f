package id.ukur.round.internal;

import id.ukur.calculation.AchievementResult;
import id.ukur.calculation.Achievements;
import id.ukur.calculation.Budgets;
import id.ukur.calculation.Efficiency;
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
import id.ukur.calculation.Workings;
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
 * The recap of a round from its plan copy and values, with the {@code calculation} module
 * ({@code calculation.md}): every indicator for the period to date, roll-ups per node
 * from their own indicators, the agency over the key indicators of its objectives,
 * absorption and efficiency to date. Pure: no database, no clock.
 */
final class RecapCalculator {

	private final Settings settings;

	private final Period period;

	/** The elapsed share of the year's budget, the same for every node. */
	private final BigDecimal share;

	RecapCalculator(Settings settings, Period period) {
		this.settings = settings;
		this.period = period;
		this.share = Budgets.elapsedShare(period.quartersToDate().size());
	}

	/**
	 * @param actuals the actual of this round per indicator (null when not reported)
	 * @param earlier actuals of earlier quarters of the year per indicator and quarter
	 */
	Recap compute(PlanOutline outline, Map<String, Actual> actuals, Map<String, Map<String, BigDecimal>> earlier,
			Instant at, boolean current) {
		Map<String, AchievementResult> results = new HashMap<>();
		List<IndicatorResult> indicators = new ArrayList<>();
		IndicatorInputs inputs = new IndicatorInputs(this.period, this.settings.achievementCap());
		for (PlanOutline.Placed placed : outline.indicators()) {
			IndicatorDoc indicator = placed.indicator();
			Actual actual = actuals.get(indicator.code());
			if (actual == null) {
				continue;
			}
			Map<String, BigDecimal> before = earlier.getOrDefault(indicator.code(), Map.of());
			IndicatorInputs.Prepared prepared = inputs.prepare(indicator, actual, before);
			AchievementResult result = prepared.result();
			results.put(indicator.code(), result);
			indicators.add(indicatorResult(placed, actual, result, prepared).withProjection(
					RecapProjections.of(indicator, actual, before, this.period, this.settings.achievementCap())));
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
		RollUpResult total = agency.isEmpty() ? null : RollUps.of(agency, this.settings.achievementCap());
		Rating rating = (total != null) ? this.settings.scale().rate(total.achievement()) : null;
		NodeResult agencyResult = new NodeResult("AGENCY", "", "", 0, (total != null) ? total.achievement() : null,
				(rating != null) ? rating.code() : null, (rating != null) ? rating.labelId() : null,
				total != null && total.provisional(), (total != null) ? total.counted() : 0, null, null, null, null,
				null, null, null, codes(agency), null);
		return new Recap(at, current, this.settings.scale().code(), indicators, nodes, agencyResult,
				this.settings.achievementCap(), this.settings.efficiencyThreshold(), share());
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

	/** The indicators a roll-up is over, from which its explanation is written. */
	private static List<String> codes(List<RollUpItem> items) {
		return items.isEmpty() ? null : items.stream().map(RollUpItem::code).toList();
	}

	private BigDecimal share() {
		return this.share;
	}

	private NodeResult nodeResult(OutlineNode node, List<RollUpItem> items) {
		RollUpResult rollUp = items.isEmpty() ? null : RollUps.of(items, this.settings.achievementCap());
		BigDecimal achievement = (rollUp != null) ? rollUp.achievement() : null;
		Rating rating = this.settings.scale().rate(achievement);
		BigDecimal spent = spentToDate(node);
		boolean budgeted = node.budget() != null && node.budget().signum() > 0;
		BigDecimal absorption = (budgeted && spent != null) ? Budgets.absorption(spent, node.budget()) : null;
		// the plan holds one annual budget: the period to date is compared with the
		// elapsed
		// share of the year, as its achievement is with the period-to-date target
		BigDecimal share = share();
		BigDecimal toDate = budgeted ? Budgets.absorptionToDate(spent, node.budget(), share) : null;
		Efficiency efficiency = (node.kind() == NodeKind.PROGRAM || node.kind() == NodeKind.ACTIVITY) ? Budgets
			.efficiencyToDateOf(achievement, spent, node.budget(), share, this.settings.efficiencyThreshold()) : null;
		return new NodeResult(node.kind().name(), node.code(), node.name(), node.depth(), achievement,
				(rating != null) ? rating.code() : null, (rating != null) ? rating.labelId() : null,
				rollUp != null && rollUp.provisional(), (rollUp != null) ? rollUp.counted() : 0, null, node.budget(),
				spent, absorption, null, budgeted ? share : null, toDate, codes(items),
				(efficiency != null) ? efficiency.name() : null);
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

	private IndicatorResult indicatorResult(PlanOutline.Placed placed, Actual actual, AchievementResult result,
			IndicatorInputs.Prepared prepared) {
		IndicatorDoc indicator = placed.indicator();
		Rating rating = result.isComputed() ? this.settings.scale().rate(result.achievement()) : null;
		boolean followUp = rating != null && this.settings.needsFollowUp(rating.code());
		boolean number = indicator.valueType() != ValueType.QUALITATIVE;
		Target own = number ? TargetTexts.parse(actual.target()) : null;
		Target toDate = prepared.keptTarget();
		String targetToDate = prepared.targetToDate();
		return new IndicatorResult(indicator.code(), indicator.name(), indicator.measureUnit(), placed.node().code(),
				actual.unitCode(), actual.target(), actual.display(), result.achievement(),
				(rating != null) ? rating.code() : null, (rating != null) ? rating.labelId() : null,
				result.status().name(), result.provisional(), followUp, null, null, null, null, null,
				TargetTexts.value(own), TargetTexts.min(own), TargetTexts.max(own), targetToDate,
				TargetTexts.value(toDate), TargetTexts.min(toDate), TargetTexts.max(toDate),
				number ? actual.number() : null, actualToDate(number, result), number ? result.actualUsed() : null,
				result.exact(), indicator.weight(), prepared.workings(), null);
	}

	/**
	 * The R the formula used (period to date), as kept; null when none or qualitative.
	 */
	private static String actualToDate(boolean number, AchievementResult result) {
		BigDecimal used = result.actualUsed();
		return (number && used != null) ? TargetTexts.clean(used).toPlainString() : null;
	}

	static boolean hasQuarterTargets(IndicatorDoc indicator, Period period) {
		return period.quartersToDate()
			.stream()
			.allMatch((q) -> indicator.periodTargets().get(q) != null
					&& target(indicator.periodTargets().get(q)) != null);
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

	/** A value of the round as the calculation reads it. */
	record Actual(String unitCode, String target, BigDecimal number, String text, String display) {
	}

}
