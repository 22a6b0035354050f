package id.ukur.calculation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The polarity decides the formulas allowed and the default one; targets are a value or a
 * range.
 */
class MethodAndTargetTest {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "HIGHER_IS_BETTER, , RATIO", "HIGHER_IS_BETTER, RATIO, RATIO", "LOWER_IS_BETTER, , REVERSE_DIFFERENCE",
			"LOWER_IS_BETTER, REVERSE_DIFFERENCE, REVERSE_DIFFERENCE",
			"LOWER_IS_BETTER, REVERSE_RATIO, REVERSE_RATIO" })
	void defaultsTheFormula(Polarity polarity, Formula formula, Formula expected) {
		assertThat(Method.of(polarity, formula).formula()).isEqualTo(expected);
		assertThat(new Method(polarity, formula)).isEqualTo(new Method(polarity, expected));
	}

	@ParameterizedTest(name = "{0} {1} is refused")
	@CsvSource({ "HIGHER_IS_BETTER, REVERSE_DIFFERENCE, RATIO formula only",
			"HIGHER_IS_BETTER, REVERSE_RATIO, RATIO formula only", "LOWER_IS_BETTER, RATIO, would reward",
			", RATIO, needs a polarity" })
	void refusesFormulasThatDoNotFitThePolarity(Polarity polarity, Formula formula, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> Method.of(polarity, formula))
			.withMessageContaining(message);
	}

	@Test
	void aTargetIsAValueOrARange() {
		assertThat(Target.of(BigDecimal.TEN).isRange()).isFalse();
		assertThat(Target.range(BigDecimal.ONE, BigDecimal.TEN).isRange()).isTrue();
		assertThat(Target.range(BigDecimal.ONE, BigDecimal.ONE).isRange()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> Target.range(BigDecimal.TEN, BigDecimal.ONE))
			.withMessageContaining("min ≤ max");
		assertThatIllegalArgumentException().isThrownBy(() -> Target.of(null));
		assertThatIllegalArgumentException().isThrownBy(() -> Target.range(null, BigDecimal.ONE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Target(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN));
	}

}
