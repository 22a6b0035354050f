package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The state diagrams of {@code docs/rounds.md} ("States") draw exactly the transition
 * tables of the code: one {@code stateDiagram-v2} block per status type, named by its
 * {@code %%} comment; {@code [*]} lines (where a new record starts) are not transitions.
 */
class StateDiagramsTest {

	private static final Pattern BLOCK = Pattern.compile("```mermaid\\s*\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern EDGE = Pattern.compile("^\\s*(\\w+)\\s*-->\\s*(\\w+)\\s*$", Pattern.MULTILINE);

	private static final Pattern NAME = Pattern.compile("^\\s*%%\\s*(\\w+)\\s*$", Pattern.MULTILINE);

	@Test
	void theDiagramsDrawTheCodeTables() throws IOException {
		Map<String, Set<String>> drawn = diagrams();
		assertThat(drawn).containsOnlyKeys("RoundStatus", "FormStatus", "EntryStatus", "StepStatus",
				"ActionPlanStatus");
		assertThat(drawn.get("RoundStatus")).isEqualTo(table(RoundStatus.values(), RoundStatus::allowedNext));
		assertThat(drawn.get("FormStatus")).isEqualTo(table(FormStatus.values(), FormStatus::allowedNext));
		assertThat(drawn.get("EntryStatus")).isEqualTo(table(EntryStatus.values(), EntryStatus::allowedNext));
		assertThat(drawn.get("StepStatus")).isEqualTo(table(StepStatus.values(), StepStatus::allowedNext));
		assertThat(drawn.get("ActionPlanStatus"))
			.isEqualTo(table(ActionPlanStatus.values(), ActionPlanStatus::allowedNext));
	}

	private static Map<String, Set<String>> diagrams() throws IOException {
		String doc = Files.readString(Path.of("docs/rounds.md"));
		int states = doc.indexOf("\n## States");
		assertThat(states).as("docs/rounds.md has a section \"## States\"").isPositive();
		int next = doc.indexOf("\n## ", states + 1);
		String section = doc.substring(states, (next < 0) ? doc.length() : next);
		Map<String, Set<String>> drawn = new HashMap<>();
		Matcher block = BLOCK.matcher(section);
		while (block.find()) {
			String body = block.group(1);
			if (!body.strip().startsWith("stateDiagram-v2")) {
				continue;
			}
			Matcher name = NAME.matcher(body);
			assertThat(name.find()).as("a diagram names its status type in a %% comment").isTrue();
			Set<String> edges = new TreeSet<>();
			Matcher edge = EDGE.matcher(body);
			while (edge.find()) {
				edges.add(edge.group(1) + " --> " + edge.group(2));
			}
			assertThat(drawn.put(name.group(1), edges)).as("one diagram per type").isNull();
		}
		return drawn;
	}

	private static <S extends Enum<S>> Set<String> table(S[] values, Function<S, Set<S>> next) {
		Set<String> edges = new TreeSet<>();
		Arrays.stream(values).forEach((from) -> next.apply(from).forEach((to) -> edges.add(from + " --> " + to)));
		return edges;
	}

}
