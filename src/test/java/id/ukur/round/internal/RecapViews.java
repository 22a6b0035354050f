package id.ukur.round.internal;

import id.ukur.round.Recap;
import id.ukur.round.Recap.IndicatorResult;
import id.ukur.round.Recap.NodeResult;

/**
 * The part of a recap the equivalence test compares: what a recap held before
 * explanations were made on demand (its explanations as texts), without what was added
 * since to write them on demand.
 */
final class RecapViews {

	private RecapViews() {
	}

	static Recap comparable(Recap recap) {
		return new Recap(recap.calculatedAt(), recap.current(), recap.scaleCode(),
				recap.indicators().stream().map(RecapViews::indicator).toList(),
				recap.nodes().stream().map(RecapViews::node).toList(),
				(recap.agency() != null) ? node(recap.agency()) : null);
	}

	/**
	 * @return the recap written as its record wrote itself before fields were added (the
	 * digests were taken of that text); the early warning's {@code projection}, added
	 * since, is dropped by {@link #comparable} like every later field, so the digests
	 * stay the same
	 */
	static String text(Recap recap) {
		return comparable(recap).toString()
			.replace(", exact=null, weight=null, workings=null, projection=null]", "]")
			.replace(", items=null, efficiencyCode=null]", "]")
			.replace(", achievementCap=null, efficiencyThreshold=null, budgetShare=null]", "]");
	}

	private static IndicatorResult indicator(IndicatorResult i) {
		return new IndicatorResult(i.indicatorCode(), i.name(), i.measureUnit(), i.nodeCode(), i.unitCode(), i.target(),
				i.actual(), i.achievement(), i.rating(), i.ratingLabel(), i.status(), i.provisional(),
				i.needsFollowUp(), i.explanation(), i.inputs(), i.formula(), i.arithmetic(), i.rounding(),
				i.targetValue(), i.targetMin(), i.targetMax(), i.targetToDate(), i.targetToDateValue(),
				i.targetToDateMin(), i.targetToDateMax(), i.actualValue(), i.actualToDate(), i.actualToDateValue());
	}

	private static NodeResult node(NodeResult n) {
		return new NodeResult(n.kind(), n.code(), n.name(), n.depth(), n.achievement(), n.rating(), n.ratingLabel(),
				n.provisional(), n.counted(), n.explanation(), n.budget(), n.spent(), n.absorption(), n.efficiency(),
				n.budgetShare(), n.absorptionToDate());
	}

}
