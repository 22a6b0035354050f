package id.ukur.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import id.ukur.support.Api;
import id.ukur.support.RoundDriver;
import tools.jackson.databind.JsonNode;

/**
 * The sealed rounds the LKjIP tests read: Lima Puluh Kota's Disperinaker, TW IV of 2025
 * (values 10 % above target, so that achievements differ from 100) and of 2026 (on
 * target). Sealed once per database and remembered by year.
 */
final class LkjipRounds {

	static final String AGENCY = "lpk-disperinaker";

	private static final Map<Integer, Long> SEALED = new HashMap<>();

	private LkjipRounds() {
	}

	static synchronized long sealed(int year, Function<String, Api> users) {
		return SEALED.computeIfAbsent(year, (y) -> {
			RoundDriver driver = new RoundDriver(AGENCY, users);
			driver.sealedLimaPuluhKota(y, "TW4", (y == 2025) ? LkjipRounds::aboveTarget : RoundDriver::onTarget);
			return driver.id();
		});
	}

	/** 10 % above the target, two decimals; qualitative values on target. */
	static String aboveTarget(JsonNode entry) {
		String onTarget = RoundDriver.onTarget(entry);
		if (entry.get("valueType").asString().equals("QUALITATIVE")) {
			return onTarget;
		}
		return new BigDecimal(onTarget).multiply(new BigDecimal("1.1"))
			.setScale(2, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
