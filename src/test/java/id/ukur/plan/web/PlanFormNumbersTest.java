package id.ukur.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanValue;
import id.ukur.plan.ValueType;
import id.ukur.shared.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An indicator form shows its numbers in the reader's format and reads them back in the
 * same language: saving it unchanged changes nothing, however the number looks
 * (docs/formats.md).
 */
class PlanFormNumbersTest {

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@ParameterizedTest
	@ValueSource(strings = { "id-ID", "en" })
	void anUnchangedFormKeepsEveryNumber(String language) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		IndicatorDoc indicator = new IndicatorDoc("IKT-1", "Indeks", "indeks", true, null, null, null,
				Polarity.HIGHER_IS_BETTER, Formula.RATIO, PeriodAggregation.LAST_VALUE, ValueType.NUMBER, null,
				new BigDecimal("1.125"), PlanValue.of(new BigDecimal("1250.5")), PlanValue.of(new BigDecimal("2.250")),
				null, new BigDecimal("1.125"), new BigDecimal("2.5"),
				Map.of("TW1", PeriodTarget.of(new BigDecimal("0.125")), "TW2",
						PeriodTarget.of(new BigDecimal("3.375"))),
				List.of(new IndicatorDoc.ScaleValue("WTP", new BigDecimal("4.125"))), null);

		IndicatorForm form = IndicatorForm.of(indicator, 1L);
		List<FieldProblem> problems = new ArrayList<>();
		IndicatorDoc saved = form.toIndicator(null, problems);

		assertThat(problems).isEmpty();
		assertThat(saved.weight()).isEqualByComparingTo("1.125");
		assertThat(saved.baseline().number()).isEqualByComparingTo("1250.5");
		assertThat(saved.endTarget().number()).isEqualByComparingTo("2.25");
		assertThat(saved.targetMin()).isEqualByComparingTo("1.125");
		assertThat(saved.targetMax()).isEqualByComparingTo("2.5");
		assertThat(saved.periodTargets().get("TW1").value()).isEqualByComparingTo("0.125");
		assertThat(saved.periodTargets().get("TW2").value()).isEqualByComparingTo("3.375");
		assertThat(saved.scale().get(0).score()).isEqualByComparingTo("4.125");
	}

}
