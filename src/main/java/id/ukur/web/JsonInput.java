package id.ukur.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rules for JSON bodies that hold for every endpoint: a list never holds a {@code null}
 * item ({@code {"cases": [null]}}); such a body is refused with 400 naming the list
 * instead of reaching code that expects items (see docs/security.md, "Bad input never
 * answers 5xx").
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JsonMapperBuilderCustomizer noNullListItems() {
		JsonSetter.Value failOnNullItems = JsonSetter.Value.forContentNulls(Nulls.FAIL);
		return (builder) -> {
			for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
				builder.withConfigOverride(type, (override) -> override.setNullHandling(failOnNullItems));
			}
		};
	}

}
