package id.ukur.round.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import id.ukur.round.CapInForce;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The achievement cap each round's stored recap was calculated with, for the pages that
 * show its roll-ups from {@code recap_figure} (docs/dashboards.md): read from the recap
 * itself, so that the cap shown is the one in force when it was calculated, not today's.
 */
@Component
class RecapCaps {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RecapCaps(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * @return the cap of each round that has a recap
	 */
	Map<Long, CapInForce> of(Collection<Long> roundIds) {
		Map<Long, CapInForce> caps = new HashMap<>();
		for (Long id : roundIds) {
			this.jdbc.sql("select recap from measurement_round where id = ? and recap is not null")
				.param(id)
				.query(String.class)
				.optional()
				.ifPresent((recap) -> caps.put(id, cap(this.json.readTree(recap))));
		}
		return caps;
	}

	/** A recap that keeps its settings always keeps its efficiency threshold. */
	private static CapInForce cap(JsonNode recap) {
		JsonNode threshold = recap.get("efficiencyThreshold");
		if (threshold == null || threshold.isNull()) {
			return CapInForce.UNKNOWN;
		}
		JsonNode cap = recap.get("achievementCap");
		return new CapInForce(true, (cap == null || cap.isNull()) ? null : new BigDecimal(cap.asString()));
	}

}
