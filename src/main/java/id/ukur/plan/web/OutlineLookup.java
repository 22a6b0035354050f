package id.ukur.plan.web;

import id.ukur.plan.PlanOutline;
import id.ukur.shared.NotFoundException;

/** Finds nodes and indicators of an outline by code, or answers 404. */
final class OutlineLookup {

	private OutlineLookup() {
	}

	static PlanOutline.OutlineNode node(PlanOutline outline, String code) {
		return outline.all()
			.stream()
			.filter((node) -> node.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("plan.node.unknown", code));
	}

	static PlanOutline.Placed indicator(PlanOutline outline, String code) {
		return outline.indicators()
			.stream()
			.filter((placed) -> placed.indicator().code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("plan.indicator.unknown", code));
	}

}
