package id.ukur.sop.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import id.ukur.shared.FieldProblem;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each broken definition gets its specific message; YAML export and import give back the
 * same.
 */
class SopValidatorTest {

	static SopDefinition purwakarta() {
		try {
			return SeedSopsTest.load("pwk-dkupp");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Stream<Arguments> broken() {
		return Stream.of(
				Arguments.of("unknown lane", steps((steps) -> set(steps, 2, lanes(steps.get(2), List.of("gudang")))),
						"sop.step.laneUnknown"),
				Arguments.of("no lane", steps((steps) -> set(steps, 2, lanes(steps.get(2), List.of()))),
						"sop.step.lanes"),
				Arguments.of("second start", steps((steps) -> set(steps, 3, symbol(steps.get(3), Symbol.START))),
						"sop.start.first"),
				Arguments.of("decision target after it",
						steps((steps) -> set(steps, 7,
								decision(steps.get(7), new SopDefinition.Decision("Sesuai?", null, null, 12, null)))),
						"sop.decision.target"),
				Arguments.of("decision without a way",
						steps((steps) -> set(steps, 7,
								decision(steps.get(7), new SopDefinition.Decision("Sesuai?", null, null, null, null)))),
						"sop.decision.oneWay"),
				Arguments.of("decision on a process",
						steps((steps) -> set(steps, 1,
								decision(steps.get(1), new SopDefinition.Decision("?", null, null, 1, null)))),
						"sop.decision.notDecision"),
				Arguments.of("two orders", steps((steps) -> set(steps, 3, binding(steps.get(3), Checkpoint.ORDER))),
						"sop.order.one"),
				Arguments.of("no signature",
						steps((steps) -> set(steps, 10, binding(steps.get(10), Checkpoint.MANUAL))), "sop.sign.one"),
				Arguments.of("archive before signing",
						steps((steps) -> set(steps, 4, binding(steps.get(4), Checkpoint.ARCHIVE))),
						"sop.binding.order"),
				Arguments.of("follow-up after signing (a sealed round takes no action plan)",
						steps((steps) -> set(steps, 11, binding(steps.get(11), Checkpoint.FOLLOW_UP))),
						"sop.binding.order"),
				Arguments.of("validation before collection",
						steps((steps) -> set(steps, 3, binding(steps.get(3), Checkpoint.VALIDATE))),
						"sop.binding.order"),
				Arguments.of("step numbers with a gap",
						steps((steps) -> set(steps, 5,
								new Step(99, steps.get(5).activity(), steps.get(5).lanes(), steps.get(5).symbol(),
										steps.get(5).binding(), null, steps.get(5).inputs(), steps.get(5).time(),
										steps.get(5).output(), null))),
						"sop.step.number"),
				Arguments.of("no time",
						steps((steps) -> set(steps, 5,
								new Step(6, steps.get(5).activity(), steps.get(5).lanes(), steps.get(5).symbol(),
										steps.get(5).binding(), null, steps.get(5).inputs(), null,
										steps.get(5).output(), null))),
						"sop.step.time"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("broken")
	void eachBrokenDefinitionGetsItsMessage(String name, SopDefinition definition, String code) {
		assertThat(SopValidator.check(definition)).extracting(FieldProblem::code).contains(code);
	}

	@Test
	void aLaneWithoutRoleAndADuplicateKeyAreNamed() {
		SopDefinition sop = purwakarta();
		List<SopDefinition.Lane> lanes = new ArrayList<>(sop.lanes());
		lanes.add(new SopDefinition.Lane(sop.lanes().get(0).key(), "Kepala Dinas lagi", null));
		List<FieldProblem> problems = SopValidator.check(new SopDefinition(sop.identity(), lanes, sop.steps()));
		assertThat(problems).extracting(FieldProblem::field).contains("lanes[4].key", "lanes[4].role");
	}

	@Test
	void yamlExportThenImportGivesTheSameDefinition() {
		for (String agency : List.of("lpk-disperinaker", "pwk-dkupp", "pbl-disperinaker", "lmg-disnaker", "wkn-dpmk")) {
			SopDefinition sop;
			try {
				sop = SeedSopsTest.load(agency);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			String yaml = SopYaml.mapper().writeValueAsString(sop);
			SopReader.Result read = SopReader.read(SopYaml.mapper().readTree(yaml));
			assertThat(read.problems()).as(agency).isEmpty();
			SopDefinition back = read.definition();
			assertThat(back).as(agency).isEqualTo(sop);
			assertThat(SopYaml.mapper().writeValueAsString(back)).isEqualTo(yaml);
		}
	}

	private static SopDefinition steps(UnaryOperator<List<Step>> change) {
		SopDefinition sop = purwakarta();
		return new SopDefinition(sop.identity(), sop.lanes(), change.apply(new ArrayList<>(sop.steps())));
	}

	private static List<Step> set(List<Step> steps, int index, Step step) {
		steps.set(index, step);
		return steps;
	}

	private static Step lanes(Step s, List<String> lanes) {
		return new Step(s.number(), s.activity(), lanes, s.symbol(), s.binding(), s.decision(), s.inputs(), s.time(),
				s.output(), s.remarks());
	}

	private static Step symbol(Step s, Symbol symbol) {
		return new Step(s.number(), s.activity(), s.lanes(), symbol, s.binding(), s.decision(), s.inputs(), s.time(),
				s.output(), s.remarks());
	}

	private static Step binding(Step s, Checkpoint binding) {
		return new Step(s.number(), s.activity(), s.lanes(), s.symbol(), binding, s.decision(), s.inputs(), s.time(),
				s.output(), s.remarks());
	}

	private static Step decision(Step s, SopDefinition.Decision decision) {
		return new Step(s.number(), s.activity(), s.lanes(), s.symbol(), s.binding(), decision, s.inputs(), s.time(),
				s.output(), s.remarks());
	}

}
