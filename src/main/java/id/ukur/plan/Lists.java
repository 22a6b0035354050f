package id.ukur.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Normalising helpers for the plan records: no null lists, periods in calendar order. */
final class Lists {

	private static final Comparator<String> PERIOD_ORDER = Comparator
		.comparingInt((String key) -> Periods.isQuarter(key) ? Periods.QUARTERS.indexOf(key) : 99)
		.thenComparing(Comparator.naturalOrder());

	private Lists() {
	}

	static <T> List<T> of(List<T> list) {
		return (list == null) ? List.of() : List.copyOf(list);
	}

	static <V> Map<String, V> periods(Map<String, V> map) {
		if (map == null) {
			return Map.of();
		}
		TreeMap<String, V> sorted = new TreeMap<>(PERIOD_ORDER);
		map.forEach((key, value) -> {
			if (value != null) {
				sorted.put(key, value);
			}
		});
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
	}

	static Map<String, BigDecimal> amounts(Map<String, BigDecimal> map) {
		Map<String, BigDecimal> cleaned = new LinkedHashMap<>();
		periods(map).forEach((key, value) -> cleaned.put(key, Decimals.clean(value)));
		return java.util.Collections.unmodifiableMap(cleaned);
	}

}
