package id.ukur.round;

import id.ukur.calculation.AchievementResult;
import id.ukur.calculation.Achievements;
import id.ukur.calculation.Budgets;
import id.ukur.calculation.EfficiencyResult;
import id.ukur.calculation.Projections;
import id.ukur.calculation.ResultStatus;
import id.ukur.calculation.RollUpItem;
import id.ukur.calculation.RollUps;
import id.ukur.calculation.Wording;
import id.ukur.round.Recap.IndicatorResult;
import id.ukur.round.Recap.NodeResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a recap's explanations when one round's recap is shown (its page, its API
 * answer, its documents), from what each number was computed from: the calculation keeps
 * only that (docs/calculation.md, "Explanations"). A recap stored before, with its
 * explanations as texts, is shown as it was stored.
 */
public final class RecapExplanations {

	private RecapExplanations() {
	}

	/**
	 * @param recap a recap as calculated or stored, may be null
	 * @return the recap with every explanation written out in Indonesian, the language of
	 * the sealed documents
	 */
	public static Recap render(Recap recap) {
		return render(recap, Wording.INDONESIAN);
	}

	/**
	 * @param recap a recap as calculated or stored, may be null
	 * @param locale the reader's locale
	 * @return the recap with every explanation written out in the reader's language; the
	 * texts of a recap stored with its texts stay as stored (Indonesian)
	 */
	public static Recap render(Recap recap, Locale locale) {
		return render(recap, Wording.of(locale));
	}

	private static Recap render(Recap recap, Wording w) {
		if (recap == null) {
			return null;
		}
		Map<String, IndicatorResult> byCode = new HashMap<>();
		List<IndicatorResult> indicators = new ArrayList<>(recap.indicators().size());
		for (IndicatorResult indicator : recap.indicators()) {
			byCode.put(indicator.indicatorCode(), indicator);
			IndicatorResult explained = (indicator.workings() != null)
					? indicator.explained(Achievements.explain(indicator.workings(), w)) : indicator;
			RecapProjection projection = indicator.projection();
			if (projection != null && projection.inputs() != null && projection.explanation() == null) {
				explained = explained.withProjection(projection.explained(Projections.explain(projection.inputs(), w)));
			}
			indicators.add(explained);
		}
		List<NodeResult> nodes = new ArrayList<>(recap.nodes().size());
		for (NodeResult node : recap.nodes()) {
			nodes.add(node(recap, node, byCode, w));
		}
		return new Recap(recap.calculatedAt(), recap.current(), recap.scaleCode(), indicators, nodes,
				(recap.agency() != null) ? node(recap, recap.agency(), byCode, w) : null, recap.achievementCap(),
				recap.efficiencyThreshold(), recap.budgetShare());
	}

	private static NodeResult node(Recap recap, NodeResult node, Map<String, IndicatorResult> byCode, Wording w) {
		if (node.items() == null && node.efficiencyCode() == null) {
			return node;
		}
		String explanation = node.explanation();
		if (node.items() != null) {
			List<RollUpItem> items = new ArrayList<>(node.items().size());
			for (String code : node.items()) {
				IndicatorResult indicator = byCode.get(code);
				items.add(
						new RollUpItem(code,
								new AchievementResult(ResultStatus.valueOf(indicator.status()), indicator.achievement(),
										indicator.exact(), indicator.provisional(), null, null, null),
								indicator.weight()));
			}
			explanation = RollUps.rollUp(items, recap.achievementCap(), w).explanation().text();
		}
		String efficiency = node.efficiency();
		if (node.efficiencyCode() != null) {
			EfficiencyResult result = Budgets.efficiencyToDate(node.achievement(), node.spent(), node.budget(),
					recap.budgetShare(), recap.efficiencyThreshold(), w);
			efficiency = node.efficiencyCode() + ": " + result.explanation();
		}
		return node.explained(explanation, efficiency);
	}

}
