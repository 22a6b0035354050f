package id.ukur.plan.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.plan.NodeKind;
import id.ukur.plan.PlanOutline.OutlineNode;
import id.ukur.plan.Plans.NodeInput;
import id.ukur.shared.FieldProblem;

/**
 * The node form as typed (amounts in Indonesian or plain notation), with the reason of
 * the change (required once the year's PK is signed).
 */
record NodeForm(NodeKind kind, String code, String name, String unitCode, String budget, String tw1, String tw2,
		String tw3, String tw4, Long version, String reason) {

	static NodeForm empty(NodeKind kind, Long version) {
		return new NodeForm(kind, "", "", "", "", "", "", "", "", version, "");
	}

	static NodeForm of(OutlineNode node, Long version) {
		Map<String, BigDecimal> spent = node.spentByPeriod();
		return new NodeForm(node.kind(), node.code(), node.name(), node.unitCode(), PlanText.show(node.budget()),
				PlanText.show(spent.get("TW1")), PlanText.show(spent.get("TW2")), PlanText.show(spent.get("TW3")),
				PlanText.show(spent.get("TW4")), version, "");
	}

	NodeInput toInput(List<FieldProblem> problems) {
		Map<String, BigDecimal> spent = new LinkedHashMap<>();
		String[] typed = { this.tw1, this.tw2, this.tw3, this.tw4 };
		for (int q = 0; q < 4; q++) {
			BigDecimal amount = PlanText.number("tw" + (q + 1), typed[q], problems);
			if (amount != null) {
				spent.put("TW" + (q + 1), amount);
			}
		}
		return new NodeInput(this.kind, trim(this.code), trim(this.name), trim(this.unitCode),
				PlanText.number("budget", this.budget, problems), spent);
	}

	static String field(String documentField) {
		String name = documentField.contains(".") ? documentField.substring(0, documentField.indexOf('.'))
				: documentField;
		if (name.equals("spentByPeriod") && documentField.contains(".TW")) {
			return "tw" + documentField.charAt(documentField.indexOf(".TW") + 3);
		}
		return name.equals("spentByPeriod") ? "tw1" : name;
	}

	private static String trim(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
