package id.ukur.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The target of one period: a number, a scale value, or a range. In JSON: {@code 64},
 * {@code "WTP"} or {@code {"min": 80, "max": 90}}.
 */
public record PeriodTarget(BigDecimal value, String text, BigDecimal min, BigDecimal max) {

	public static PeriodTarget of(BigDecimal value) {
		return new PeriodTarget(Decimals.clean(value), null, null, null);
	}

	public static PeriodTarget of(String text) {
		return new PeriodTarget(null, text, null, null);
	}

	public static PeriodTarget range(BigDecimal min, BigDecimal max) {
		return new PeriodTarget(null, null, Decimals.clean(min), Decimals.clean(max));
	}

	public boolean isRange() {
		return this.min != null || this.max != null;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static PeriodTarget fromJson(Object json) {
		if (json == null) {
			return null;
		}
		if (json instanceof Number number) {
			return of(new BigDecimal(number.toString()));
		}
		if (json instanceof String text) {
			return of(text);
		}
		if (json instanceof Map<?, ?> map
				&& map.keySet().stream().allMatch((key) -> "min".equals(key) || "max".equals(key))) {
			return range(decimal(map.get("min")), decimal(map.get("max")));
		}
		throw new IllegalArgumentException("a number, a text or {min, max}");
	}

	private static BigDecimal decimal(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		throw new IllegalArgumentException("min and max are numbers");
	}

	@JsonValue
	Object toJson() {
		if (isRange()) {
			Map<String, BigDecimal> range = new LinkedHashMap<>();
			range.put("min", this.min);
			range.put("max", this.max);
			return range;
		}
		return (this.value != null) ? this.value : this.text;
	}

	/**
	 * @return the target as typed in a spreadsheet cell: {@code 64}, {@code WTP},
	 * {@code 80–90}
	 */
	public String display() {
		if (isRange()) {
			return Decimals.plain(this.min) + "–" + Decimals.plain(this.max);
		}
		return (this.value != null) ? Decimals.plain(this.value) : this.text;
	}

}
