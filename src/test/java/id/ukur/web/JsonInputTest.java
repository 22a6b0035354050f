package id.ukur.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The API's JSON rules, configured once in {@link JsonInput}: numbers within the bounds,
 * no coercion between kinds, the refused field named by its path.
 */
class JsonInputTest {

	enum Kind {

		ONE, TWO

	}

	record Sample(BigDecimal amount, Object value, String reason, Boolean flag, Integer year, Kind kind,
			List<Object> values, Map<String, Object> range, Double ratio, PlanValue target, PeriodTarget period,
			Map<String, PeriodTarget> periods) {
	}

	private final JsonMapper json = mapper();

	static JsonMapper mapper() {
		JsonMapper.Builder builder = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
		new JsonInput().strictJsonInput().customize(builder);
		return builder.build();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# numbers outside the bounds, wherever they are
			{"amount": 1e999999}                          | amount       | bounds
			{"amount": 1e-999999999}                      | amount       | bounds
			{"amount": 1e200000}                          | amount       | bounds
			{"amount": 1000000000000000000}               | amount       | bounds
			{"amount": 0.12345678901}                     | amount       | bounds
			{"value": 1e999999}                           | value        | bounds
			{"value": -1e-999999999}                      | value        | bounds
			{"value": 123456789012345678901234567890}     | value        | bounds
			{"values": [1, 2, 1e50]}                      | values       | bounds
			{"range": {"min": 1, "max": 1e19}}            | range        | bounds
			{"ratio": 1e999999}                           | ratio        | bounds
			{"target": 1e999999}                          | target       | bounds
			{"period": {"min": 1, "max": 1e-999999999}}   | period       | bounds
			{"periods": {"TW1": 1e30}}                    | periods      | bounds
			# no coercion between kinds
			{"reason": true}                              | reason       | type
			{"reason": 12}                                | reason       | type
			{"reason": 1.5}                               | reason       | type
			{"amount": "12"}                              | amount       | type
			{"amount": true}                              | amount       | type
			{"flag": "true"}                              | flag         | type
			{"flag": 1}                                   | flag         | type
			{"year": "2026"}                              | year         | type
			{"year": 2026.5}                              | year         | type
			{"year": 99999999999}                         | year         | range
			{"kind": 0}                                   | kind         | type
			# no NUL in a text (PostgreSQL cannot keep one)
			{"reason": "a\\u0000b"}                      | reason       | nul
			{"value": "\\u0000"}                          | value        | nul
			{"values": ["WTP", "x\\u0000"]}               | values       | nul
			""")
	void refusesNamingTheField(String body, String field, String kind) {
		long start = System.nanoTime();
		JacksonException refused = catchThrowableOfType(JacksonException.class,
				() -> this.json.readValue(body, Sample.class));
		assertThat(refused).as(body).isNotNull();
		String found = (refused instanceof JsonInput.OutOfBounds) ? "bounds"
				: (refused instanceof JsonInput.NulInText) ? "nul" : (refused instanceof MismatchedInputException)
						? "type" : (refused instanceof InputCoercionException) ? "range" : refused.toString();
		assertThat(found).as(body).isEqualTo(kind);
		assertThat(refused.getPath().get(0).getPropertyName()).isEqualTo(field);
		assertThat(System.nanoTime() - start).as("refused at once").isLessThan(2_000_000_000L);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{"amount": 999999999999999999}
			{"amount": -999999999999999999.9999999999}
			{"amount": 0.1234567891}
			{"amount": 1.50000000000000000000}
			{"amount": 1E+3}
			{"amount": 0E-999999999}
			{"value": 12.5, "values": [1, "WTP", 2.25], "range": {"min": 80, "max": 90}}
			{"target": 64.5, "period": {"min": 80, "max": 90}, "periods": {"TW1": 10, "TW2": "WTP"}}
			{"value": "WTP", "reason": "because", "flag": true, "year": 2026, "kind": "TWO", "ratio": 0.5}
			""")
	void acceptsWhatTheDomainNeeds(String body) {
		assertThatCode(() -> this.json.readValue(body, Sample.class)).doesNotThrowAnyException();
	}

	@Test
	void jsonUkurStoredItselfIsReadBackWithoutTheBounds() {
		// a recap keeps means with 12 decimals; client input with them is refused
		String stored = "{\"value\": 1.123456789012, \"amount\": 2.123456789012}";
		Sample sample = this.json.readerFor(Sample.class)
			.withAttribute(id.ukur.shared.Numbers.STORED_JSON, true)
			.readValue(stored);
		assertThat(sample.amount()).isEqualByComparingTo("2.123456789012");
		assertThat(catchThrowableOfType(JacksonException.class, () -> this.json.readValue(stored, Sample.class)))
			.isInstanceOf(JsonInput.OutOfBounds.class);
	}

	@Test
	void keepsExactDecimals() {
		Sample sample = this.json.readValue("{\"amount\": 1234567890123.45, \"value\": 0.1}", Sample.class);
		assertThat(sample.amount()).isEqualByComparingTo("1234567890123.45");
		assertThat(sample.value()).isEqualTo(new BigDecimal("0.1"));
	}

}
