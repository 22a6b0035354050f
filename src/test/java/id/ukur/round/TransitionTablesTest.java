package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every from × to pair of every status type against the transition table written out here
 * once more: a changed table fails until this test and {@code docs/rounds.md} agree.
 */
class TransitionTablesTest {

	private static final Set<String> ROUND = Set.of("OPEN>SEALED", "OPEN>CANCELLED", "SEALED>OPEN", "SEALED>ARCHIVED");

	private static final Set<String> FORM = Set.of("PREPARED>OPEN", "OPEN>OPEN", "OPEN>SUBMITTED", "OPEN>RETURNED",
			"SUBMITTED>OPEN", "SUBMITTED>RETURNED", "RETURNED>OPEN", "RETURNED>SUBMITTED", "RETURNED>RETURNED");

	private static final Set<String> ENTRY = Set.of("EMPTY>DRAFT", "EMPTY>NOT_REPORTED", "DRAFT>SUBMITTED",
			"DRAFT>NOT_REPORTED", "SUBMITTED>ACCEPTED", "SUBMITTED>RETURNED", "SUBMITTED>NOT_REPORTED",
			"RETURNED>SUBMITTED", "RETURNED>NOT_REPORTED", "ACCEPTED>RETURNED");

	private static final Set<String> STEP = Set.of("WAITING>CURRENT", "CURRENT>DONE", "CURRENT>REOPENED",
			"CURRENT>CANCELLED", "DONE>REOPENED");

	static Stream<Arguments> pairs() {
		List<Arguments> pairs = new ArrayList<>();
		add(pairs, RoundStatus.values(), ROUND, RoundStatus::mayBecome);
		add(pairs, FormStatus.values(), FORM, FormStatus::mayBecome);
		add(pairs, EntryStatus.values(), ENTRY, EntryStatus::mayBecome);
		add(pairs, StepStatus.values(), STEP, StepStatus::mayBecome);
		return pairs.stream();
	}

	private static <S extends Enum<S>> void add(List<Arguments> pairs, S[] values, Set<String> table,
			BiPredicate<S, S> code) {
		for (S from : values) {
			for (S to : values) {
				boolean expected = table.contains(from.name() + ">" + to.name());
				pairs.add(Arguments.of(from.getDeclaringClass().getSimpleName(), from.name(), to.name(), expected,
						code.test(from, to)));
			}
		}
	}

	@ParameterizedTest(name = "{0}: {1} -> {2} allowed={3}")
	@MethodSource("pairs")
	void everyPairIsAllowedOrRefusedAsTheTableSays(String type, String from, String to, boolean expected,
			boolean actual) {
		assertThat(actual).isEqualTo(expected);
	}

}
