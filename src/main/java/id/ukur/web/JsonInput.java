package id.ukur.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import id.ukur.shared.Numbers;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the API reads JSON, configured once for every endpoint (docs/security.md,
 * "Numbers"): every number — a {@code BigDecimal} field, or a number inside a value that
 * may be a number or a text — is checked against {@link Numbers#withinBounds} as it is
 * read, before anything computes with it; and no scalar is coerced into another kind (a
 * boolean or a number where a text is expected, a text where a number or a boolean is
 * expected, a number for a choice); and a list never holds a {@code null} item
 * ({@code {"cases": [null]}}), refused naming the list instead of reaching code that
 * expects items (docs/security.md, "Bad input never answers 5xx"). Every refusal names
 * the field.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return (builder) -> builder
			.addModule(new SimpleModule("ukur-bounded-numbers").setDeserializerModifier(new Bounding()))
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
	}

	@Bean
	JsonMapperBuilderCustomizer noNullListItems() {
		JsonSetter.Value failOnNullItems = JsonSetter.Value.forContentNulls(Nulls.FAIL);
		return (builder) -> {
			for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
				builder.withConfigOverride(type, (override) -> override.setNullHandling(failOnNullItems));
			}
		};
	}

	/** A text holding a NUL character, which no text column can keep on PostgreSQL. */
	static final class NulInText extends InvalidFormatException {

		NulInText(JsonParser parser, String value) {
			super(parser, "NUL in text", value, String.class);
		}

	}

	/** A number outside the bounds; the path Jackson adds names the field. */
	static final class OutOfBounds extends InvalidFormatException {

		OutOfBounds(JsonParser parser, Object value) {
			super(parser, "number out of bounds", value, BigDecimal.class);
		}

	}

	/** Wraps the readers of numbers and of untyped values (maps, lists, scalars). */
	static final class Bounding extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			Class<?> type = bean.getBeanClass();
			boolean checked = type == String.class || type == BigDecimal.class || type == BigInteger.class
					|| type == Number.class || type == Object.class || type == Double.class || type == double.class
					|| type == Float.class || type == float.class;
			return checked ? new Checked(deserializer) : deserializer;
		}

	}

	/** Reads with the standard reader, then refuses a number outside the bounds. */
	static final class Checked extends DelegatingDeserializer {

		Checked(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checked(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			if (!Boolean.TRUE.equals(context.getAttribute(Numbers.STORED_JSON))) {
				check(value, parser);
			}
			return value;
		}

		private static void check(Object value, JsonParser parser) {
			// texts: a NUL; numbers: the bounds; maps and lists: their items
			if (value instanceof Map<?, ?> map) {
				map.values().forEach((item) -> check(item, parser));
			}
			else if (value instanceof Collection<?> list) {
				list.forEach((item) -> check(item, parser));
			}
			else if (value instanceof Number number && !withinBounds(number)) {
				throw new OutOfBounds(parser, number);
			}
			else if (value instanceof String text && text.indexOf('\0') >= 0) {
				throw new NulInText(parser, text);
			}
		}

		private static boolean withinBounds(Number number) {
			if (number instanceof Double || number instanceof Float) {
				double d = number.doubleValue();
				return Double.isFinite(d) && Numbers.withinBounds(new BigDecimal(Double.toString(d)));
			}
			if (number instanceof BigDecimal decimal) {
				return Numbers.withinBounds(decimal);
			}
			if (number instanceof BigInteger integer) {
				return integer.bitLength() < 64 && Numbers.withinBounds(new BigDecimal(integer));
			}
			return Numbers.withinBounds(BigDecimal.valueOf(number.longValue()));
		}

	}

}
