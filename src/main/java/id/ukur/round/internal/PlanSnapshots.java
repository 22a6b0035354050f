package id.ukur.round.internal;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.shared.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The copy of the plan a round keeps from its order on. */
@Component
class PlanSnapshots {

	private final JsonMapper json;

	PlanSnapshots(JsonMapper json) {
		this.json = json;
	}

	String write(PlanDocument document) {
		return this.json.writeValueAsString(document);
	}

	PlanDocument read(RoundRecord round) {
		return this.json.readerFor(PlanDocument.class)
			.withAttribute(Numbers.STORED_JSON, true)
			.readValue(round.planSnapshot);
	}

	Map<String, IndicatorDoc> indicators(RoundRecord round) {
		Map<String, IndicatorDoc> indicators = new LinkedHashMap<>();
		PlanOutline.of(read(round)).indicators().forEach((p) -> indicators.put(p.indicator().code(), p.indicator()));
		return indicators;
	}

}
