package id.ukur.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.NodeKind;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.Plans.NodeInput;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;

/**
 * Single changes to a plan, made on a copy of the whole document (which is then validated
 * whole).
 */
final class PlanEdits {

	private PlanEdits() {
	}

	static PlanDocument putIndicator(PlanDocument document, String nodeCode, String originalCode,
			IndicatorDoc indicator) {
		boolean[] found = { false };
		List<Node> roots = map(PlanTree.roots(document), (node) -> {
			if (!node.code().equals(nodeCode)) {
				return node;
			}
			found[0] = true;
			List<IndicatorDoc> indicators = new ArrayList<>(node.indicators());
			if (originalCode == null) {
				indicators.add(indicator);
			}
			else {
				int index = indexOf(indicators, originalCode);
				if (index < 0) {
					throw new NotFoundException("plan.indicator.unknown", originalCode);
				}
				indicators.set(index, indicator);
			}
			return with(node, indicators, node.children());
		});
		if (!found[0]) {
			throw new InvalidInputException("node", "plan.node.unknown", nodeCode);
		}
		return PlanTree.document(document.year(), document.version(), roots);
	}

	static PlanDocument removeIndicator(PlanDocument document, String code) {
		List<Node> roots = map(PlanTree.roots(document),
				(node) -> with(node,
						node.indicators().stream().filter((indicator) -> !indicator.code().equals(code)).toList(),
						node.children()));
		return PlanTree.document(document.year(), document.version(), roots);
	}

	static PlanDocument putNode(PlanDocument document, String parentCode, String originalCode, NodeInput input) {
		List<Node> roots = PlanTree.roots(document);
		if (originalCode == null && parentCode == null) {
			List<Node> more = new ArrayList<>(roots);
			more.add(fresh(NodeKind.GOAL, input));
			return PlanTree.document(document.year(), document.version(), more);
		}
		boolean[] found = { false };
		List<Node> changed = map(roots, (node) -> {
			if (originalCode == null && node.code().equals(parentCode)) {
				NodeKind kind = node.kind().childKind();
				if (kind == null) {
					throw new InvalidInputException("kind", "plan.node.noChildren");
				}
				found[0] = true;
				List<Node> children = new ArrayList<>(node.children());
				children.add(fresh(kind, input));
				return with(node, node.indicators(), children);
			}
			if (originalCode != null && node.code().equals(originalCode)) {
				found[0] = true;
				return new Node(node.kind(), input.code(), input.name(), blank(input.unitCode()),
						node.kind().budgeted() ? input.budget() : null,
						node.kind().budgeted() ? amounts(input) : java.util.Map.of(), node.indicators(),
						node.children(), node.path());
			}
			return node;
		});
		if (!found[0]) {
			throw new NotFoundException("plan.node.unknown", (originalCode != null) ? originalCode : parentCode);
		}
		return PlanTree.document(document.year(), document.version(), changed);
	}

	static PlanDocument removeNode(PlanDocument document, String code) {
		List<Node> roots = PlanTree.roots(document).stream().filter((node) -> !node.code().equals(code)).toList();
		List<Node> pruned = map(roots, (node) -> with(node, node.indicators(),
				node.children().stream().filter((child) -> !child.code().equals(code)).toList()));
		return PlanTree.document(document.year(), document.version(), pruned);
	}

	static PlanDocument withoutActuals(PlanDocument document) {
		List<Node> roots = map(PlanTree.roots(document), (node) -> with(node,
				node.indicators().stream().map((indicator) -> indicator.withActuals(null)).toList(), node.children()));
		return PlanTree.document(document.year(), null, roots);
	}

	/** Applies a change to every node, children first changed then the node itself. */
	private static List<Node> map(List<Node> nodes, Function<Node, Node> change) {
		List<Node> result = new ArrayList<>();
		for (Node node : nodes) {
			Node withChildren = with(node, node.indicators(), map(node.children(), change));
			result.add(change.apply(withChildren));
		}
		return result;
	}

	private static Node with(Node node, List<IndicatorDoc> indicators, List<Node> children) {
		return new Node(node.kind(), node.code(), node.name(), node.unitCode(), node.budget(), node.spentByPeriod(),
				indicators, children, node.path());
	}

	private static Node fresh(NodeKind kind, NodeInput input) {
		return new Node(kind, input.code(), input.name(), blank(input.unitCode()),
				kind.budgeted() ? input.budget() : null, kind.budgeted() ? amounts(input) : java.util.Map.of(),
				List.of(), List.of(), "");
	}

	private static java.util.Map<String, java.math.BigDecimal> amounts(NodeInput input) {
		return (input.spentByPeriod() == null) ? java.util.Map.of() : input.spentByPeriod();
	}

	private static int indexOf(List<IndicatorDoc> indicators, String code) {
		for (int i = 0; i < indicators.size(); i++) {
			if (indicators.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
