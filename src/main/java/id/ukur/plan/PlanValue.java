package id.ukur.plan;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value in a plan: a number, or the text of a qualitative scale value. In JSON it is
 * simply the number or the string.
 */
public record PlanValue(BigDecimal number, String text) {

	public static PlanValue of(BigDecimal number) {
		return new PlanValue(Decimals.clean(number), null);
	}

	public static PlanValue of(String text) {
		return new PlanValue(null, text);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static PlanValue fromJson(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return of(new BigDecimal(number.toString()));
		}
		if (value instanceof String text) {
			return of(text);
		}
		throw new IllegalArgumentException("a number or a text");
	}

	@JsonValue
	Object toJson() {
		return (this.number != null) ? this.number : this.text;
	}

	public boolean isNumber() {
		return this.number != null;
	}

	@Override
	public String toString() {
		return (this.number != null) ? this.number.toPlainString() : String.valueOf(this.text);
	}

}
