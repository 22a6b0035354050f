package id.ukur.generator;

import id.ukur.generator.PlanFactory.Quarter;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanOutline;
import id.ukur.round.Period;
import id.ukur.round.internal.GeneratedRecaps;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one quarter's round as its forms hold them, and of the quarters before.
 */
final class QuarterValues {

	private QuarterValues() {
	}

	/**
	 * @return the values of quarter {@code q} (0–3) by indicator code, in plan order, of
	 * the indicators that have a target for it
	 */
	static Map<String, GeneratedRecaps.Value> of(List<PlanOutline.Placed> placements, Map<String, Quarter[]> values,
			int q) {
		Period period = Period.valueOf(PlanFactory.QUARTERS.get(q));
		Map<String, GeneratedRecaps.Value> quarter = new LinkedHashMap<>();
		for (PlanOutline.Placed placed : placements) {
			IndicatorDoc indicator = placed.indicator();
			String target = GeneratedRecaps.targetText(indicator, period);
			if (target != null) {
				Quarter value = values.get(indicator.code())[q];
				String unit = (indicator.unitCode() != null) ? indicator.unitCode() : placed.node().unitCode();
				quarter.put(indicator.code(),
						new GeneratedRecaps.Value(unit, target, value.number(), value.text(), value.reported()));
			}
		}
		return quarter;
	}

	/**
	 * @return the reported numbers of the quarters before {@code q}, by indicator code
	 * and quarter, as the calculation reads them from the earlier rounds
	 */
	static Map<String, Map<String, BigDecimal>> earlier(Map<String, Quarter[]> values, int q) {
		Map<String, Map<String, BigDecimal>> earlier = new HashMap<>();
		values.forEach((code, quarters) -> {
			for (int i = 0; i < q; i++) {
				if (quarters[i].reported() && quarters[i].number() != null) {
					earlier.computeIfAbsent(code, (c) -> new HashMap<>())
						.put(PlanFactory.QUARTERS.get(i), quarters[i].number());
				}
			}
		});
		return earlier;
	}

}
