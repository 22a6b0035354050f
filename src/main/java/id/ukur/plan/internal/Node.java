package id.ukur.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.NodeKind;

/**
 * One node of the plan tree in a level-independent form, with the JSON path it came from
 * (for error messages that say where).
 */
record Node(NodeKind kind, String code, String name, String unitCode, BigDecimal budget,
		Map<String, BigDecimal> spentByPeriod, List<IndicatorDoc> indicators, List<Node> children, String path) {

	/**
	 * @return every node of this subtree, depth first, this one first
	 */
	List<Node> flatten() {
		List<Node> all = new ArrayList<>();
		all.add(this);
		this.children.forEach((child) -> all.addAll(child.flatten()));
		return all;
	}

}
