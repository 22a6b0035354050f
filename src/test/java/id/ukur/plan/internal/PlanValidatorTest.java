package id.ukur.plan.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanDocument.GoalDoc;
import id.ukur.plan.PlanDocument.ObjectiveDoc;
import id.ukur.plan.PlanDocument.ProgramDoc;
import id.ukur.plan.PlanValue;
import id.ukur.plan.ValueType;
import id.ukur.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each broken plan gets its specific problem, at the path where it is. */
class PlanValidatorTest {

	private static final Set<String> UNITS = Set.of("SEKRETARIAT", "KOPERASI");

	private static final String IND = "goals[0].objectives[0].indicators[0].";

	static IndicatorDoc indicator() {
		return new IndicatorDoc("IKU-1", "Persentase koperasi sehat", "%", true, null, null, null,
				Polarity.HIGHER_IS_BETTER, Formula.RATIO, PeriodAggregation.LAST_VALUE, ValueType.PERCENT, "KOPERASI",
				null, PlanValue.of(new BigDecimal("60")), PlanValue.of(new BigDecimal("80")),
				PlanValue.of(new BigDecimal("70")), null, null,
				Map.of("TW1", PeriodTarget.of(new BigDecimal("64")), "TW4", PeriodTarget.of(new BigDecimal("70"))),
				null, null);
	}

	static PlanDocument plan(IndicatorDoc indicator) {
		ProgramDoc program = new ProgramDoc("2.17.02", "PROGRAM PENGAWASAN KOPERASI", "KOPERASI",
				new BigDecimal("500000000"), Map.of("TW1", new BigDecimal("100000000")), List.of(), List.of());
		return new PlanDocument(2026, null,
				List.of(new GoalDoc("T1", "Tujuan", null, List.of(), List.of(new ObjectiveDoc("S1", "Sasaran", null,
						(indicator == null) ? List.of() : List.of(indicator), List.of(program))))));
	}

	static List<FieldProblem> errors(PlanDocument document) {
		return PlanValidator.check(document.year(), 2026, PlanTree.roots(document), UNITS).errors();
	}

	@Test
	void aValidPlanHasNoProblems() {
		assertThat(errors(plan(indicator()))).isEmpty();
	}

	static Stream<Arguments> brokenIndicators() {
		return Stream.of(
				Arguments.of("empty code", change((i) -> with(i, "code", "")), IND + "code", "validation.required"),
				Arguments.of("empty name", change((i) -> with(i, "name", " ")), IND + "name", "validation.required"),
				Arguments.of("no unit", change((i) -> with(i, "unitCode", null)), IND + "unitCode",
						"plan.unit.required"),
				Arguments.of("unknown unit", change((i) -> with(i, "unitCode", "GUDANG")), IND + "unitCode",
						"plan.unit.unknown"),
				Arguments.of("no polarity", change((i) -> with(i, "polarity", null)), IND + "polarity",
						"validation.required"),
				Arguments.of("higher with reverse formula", change((i) -> with(i, "formula", Formula.REVERSE_RATIO)),
						IND + "formula", "plan.formula.higher"),
				Arguments.of("no target", change((i) -> with(i, "target", null)), IND + "target",
						"plan.target.required"),
				Arguments.of("range min above max", change((i) -> range(i, "90", "80")), IND + "targetMin",
						"plan.range.order"),
				Arguments.of("range and target", change((i) -> both(i)), IND + "target", "plan.target.both"),
				Arguments.of("text target on a number", change((i) -> with(i, "target", PlanValue.of("tinggi"))),
						IND + "target", "plan.value.number"),
				Arguments.of("unknown period",
						change((i) -> periods(i, Map.of("TW5", PeriodTarget.of(BigDecimal.ONE)))),
						IND + "periodTargets.TW5", "plan.period.unknown"),
				Arguments.of("negative weight", change((i) -> with(i, "weight", new BigDecimal("-1"))), IND + "weight",
						"plan.weight.negative"),
				Arguments.of("qualitative without scale", change((i) -> with(i, "valueType", ValueType.QUALITATIVE)),
						IND + "scale", "plan.scale.required"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenIndicators")
	void eachBrokenIndicatorGetsItsProblem(String name, PlanDocument document, String field, String code) {
		assertThat(errors(document)).extracting(FieldProblem::field, FieldProblem::code)
			.contains(org.assertj.core.groups.Tuple.tuple(field, code));
	}

	@Test
	void aQualitativeTargetMustBeOnTheScale() {
		IndicatorDoc opinion = new IndicatorDoc("IKU-2", "Opini BPK", "opini", true, null, null, null,
				Polarity.HIGHER_IS_BETTER, null, PeriodAggregation.LAST_VALUE, ValueType.QUALITATIVE, "SEKRETARIAT",
				null, null, null, PlanValue.of("WTPP"), null, null, Map.of(),
				List.of(new IndicatorDoc.ScaleValue("WTP", new BigDecimal("4")),
						new IndicatorDoc.ScaleValue("WDP", new BigDecimal("3"))),
				null);
		assertThat(errors(plan(opinion))).extracting(FieldProblem::code).containsExactly("plan.value.notInScale");
	}

	@Test
	void duplicateCodesAndUnknownUnitsAreAllListed() {
		IndicatorDoc first = indicator();
		IndicatorDoc second = with(with(indicator(), "unitCode", "GUDANG"), "name", "");
		PlanDocument document = plan(first);
		ObjectiveDoc objective = document.goals().get(0).objectives().get(0);
		PlanDocument twice = new PlanDocument(2026, null,
				List.of(new GoalDoc("T1", "Tujuan", null, List.of(),
						List.of(new ObjectiveDoc("S1", "Sasaran", null, List.of(first, second), objective.programs()),
								new ObjectiveDoc("S1", "Sasaran lain", "GUDANG", List.of(), List.of())))));
		assertThat(errors(twice)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("goals[0].objectives[0].indicators[1].code",
							"plan.indicator.duplicate"),
					org.assertj.core.groups.Tuple.tuple("goals[0].objectives[0].indicators[1].name",
							"validation.required"),
					org.assertj.core.groups.Tuple.tuple("goals[0].objectives[0].indicators[1].unitCode",
							"plan.unit.unknown"),
					org.assertj.core.groups.Tuple.tuple("goals[0].objectives[1].code", "plan.code.duplicate"),
					org.assertj.core.groups.Tuple.tuple("goals[0].objectives[1].unitCode", "plan.unit.unknown"));
	}

	@Test
	void aWrongYearAndANegativeBudgetAreErrorsOverspendingIsAWarning() {
		ProgramDoc program = new ProgramDoc("P1", "Program", "KOPERASI", new BigDecimal("-5"),
				Map.of("TW1", new BigDecimal("10")), List.of(), List.of());
		PlanDocument document = new PlanDocument(2025, null, List.of(new GoalDoc("T1", "Tujuan", null, List.of(),
				List.of(new ObjectiveDoc("S1", "Sasaran", null, List.of(), List.of(program))))));
		var check = PlanValidator.check(document.year(), 2026, PlanTree.roots(document), UNITS);
		assertThat(check.errors()).extracting(FieldProblem::code)
			.containsExactlyInAnyOrder("plan.year.mismatch", "plan.amount.negative");
		assertThat(check.warnings()).extracting(FieldProblem::code).containsExactly("plan.spent.overBudget");
	}

	@Test
	void cumulativeQuarterTargetsThatDoNotAddUpAreAWarning() {
		IndicatorDoc trained = new IndicatorDoc("IK-3", "Jumlah tenaga kerja dilatih", "orang", false, null, null, null,
				Polarity.HIGHER_IS_BETTER, null, PeriodAggregation.CUMULATIVE, ValueType.NUMBER, "KOPERASI", null, null,
				null, PlanValue.of(new BigDecimal("100")), null, null,
				Map.of("TW1", PeriodTarget.of(new BigDecimal("20")), "TW2", PeriodTarget.of(new BigDecimal("30"))),
				null, null);
		var check = PlanValidator.check(2026, 2026, PlanTree.roots(plan(trained)), UNITS);
		assertThat(check.errors()).isEmpty();
		assertThat(check.warnings()).extracting(FieldProblem::code).containsExactly("plan.periods.sumDiffers");
	}

	private static PlanDocument change(UnaryOperator<IndicatorDoc> change) {
		return plan(change.apply(indicator()));
	}

	private static IndicatorDoc periods(IndicatorDoc i, Map<String, PeriodTarget> periods) {
		return new IndicatorDoc(i.code(), i.name(), i.measureUnit(), i.key(), i.definition(), i.formulation(),
				i.dataSource(), i.polarity(), i.formula(), i.aggregation(), i.valueType(), i.unitCode(), i.weight(),
				i.baseline(), i.endTarget(), i.target(), i.targetMin(), i.targetMax(), periods, i.scale(), i.actuals());
	}

	private static IndicatorDoc range(IndicatorDoc i, String min, String max) {
		return new IndicatorDoc(i.code(), i.name(), i.measureUnit(), i.key(), i.definition(), i.formulation(),
				i.dataSource(), i.polarity(), i.formula(), i.aggregation(), i.valueType(), i.unitCode(), i.weight(),
				i.baseline(), i.endTarget(), null, new BigDecimal(min), new BigDecimal(max), i.periodTargets(),
				i.scale(), i.actuals());
	}

	private static IndicatorDoc both(IndicatorDoc i) {
		return new IndicatorDoc(i.code(), i.name(), i.measureUnit(), i.key(), i.definition(), i.formulation(),
				i.dataSource(), i.polarity(), i.formula(), i.aggregation(), i.valueType(), i.unitCode(), i.weight(),
				i.baseline(), i.endTarget(), i.target(), BigDecimal.ONE, BigDecimal.TEN, i.periodTargets(), i.scale(),
				i.actuals());
	}

	/** A copy with one field changed, by name (keeps the table of cases readable). */
	static IndicatorDoc with(IndicatorDoc i, String field, Object value) {
		return new IndicatorDoc(field.equals("code") ? (String) value : i.code(),
				field.equals("name") ? (String) value : i.name(), i.measureUnit(), i.key(), i.definition(),
				i.formulation(), i.dataSource(), field.equals("polarity") ? (Polarity) value : i.polarity(),
				field.equals("formula") ? (Formula) value : i.formula(), i.aggregation(),
				field.equals("valueType") ? (ValueType) value : i.valueType(),
				field.equals("unitCode") ? (String) value : i.unitCode(),
				field.equals("weight") ? (BigDecimal) value : i.weight(), i.baseline(), i.endTarget(),
				field.equals("target") ? (PlanValue) value : i.target(), i.targetMin(), i.targetMax(),
				i.periodTargets(), i.scale(), i.actuals());
	}

}
