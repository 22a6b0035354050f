package id.ukur.audit;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the fields that differ reach a journal line, flattened to dotted paths. */
class ChangesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Arguments> cases() {
		return Stream.of(
				// before, after, expected before, expected after
				Arguments.of("{\"target\":80,\"name\":\"A\"}", "{\"target\":85,\"name\":\"A\"}", "{\"target\":80}",
						"{\"target\":85}"),
				Arguments.of("{\"target\":80}", "{\"target\":80.0}", "{}", "{}"),
				Arguments.of("{\"periodTargets\":{\"TW1\":{\"value\":20}}}",
						"{\"periodTargets\":{\"TW1\":{\"value\":25}}}", "{\"periodTargets.TW1.value\":20}",
						"{\"periodTargets.TW1.value\":25}"),
				Arguments.of("{\"scale\":[{\"score\":1},{\"score\":2}]}", "{\"scale\":[{\"score\":1},{\"score\":3}]}",
						"{\"scale[2].score\":2}", "{\"scale[2].score\":3}"),
				Arguments.of("{\"email\":null}", "{}", "{}", "{}"),
				Arguments.of("{\"email\":\"a@b.id\"}", "{\"email\":null}", "{\"email\":\"a@b.id\"}", "{}"),
				Arguments.of(null, "{\"name\":\"Baru\"}", "{}", "{\"name\":\"Baru\"}"),
				Arguments.of("{\"name\":\"Lama\",\"version\":3}", "{\"name\":\"Lama\",\"version\":4}", "{}", "{}"));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void onlyDifferingFieldsAreKept(String before, String after, String expectedBefore, String expectedAfter) {
		Changes changes = Changes.of(tree(before), tree(after), Set.of("version"));
		assertThat(text(changes.before())).isEqualTo(tree(expectedBefore).toString());
		assertThat(text(changes.after())).isEqualTo(tree(expectedAfter).toString());
		assertThat(changes.none()).isEqualTo(expectedBefore.equals("{}") && expectedAfter.equals("{}"));
	}

	private static JsonNode tree(String json) {
		return (json != null) ? JSON.readTree(json) : null;
	}

	private static String text(Map<String, JsonNode> fields) {
		return JSON.valueToTree(fields).toString();
	}

}
