package id.ukur.report.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.report.AgencyDashboard.ProgramEfficiency;
import id.ukur.report.AgencyDashboard.UnitTimeliness;
import id.ukur.round.Figure;
import id.ukur.round.FormStatus;
import id.ukur.round.FormTimeliness;
import id.ukur.round.FormTimeliness.Verdict;
import id.ukur.round.Period;
import id.ukur.round.PeriodFigures;
import id.ukur.round.RoundStatus;

import org.junit.jupiter.api.Test;

class DashboardPartsTest {

	private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 10);

	private static FormTimeliness form(Period period, String unit, FormStatus status, boolean late) {
		Instant submitted = (status == FormStatus.SUBMITTED) ? Instant.parse("2026-04-09T03:00:00Z") : null;
		return new FormTimeliness(1, 2026, period, DEADLINE, unit, status, submitted, late);
	}

	@Test
	void eachUnitIsCountedOnTimeLateMissingOrNotYetDue() {
		List<FormTimeliness> forms = List.of(form(Period.TW1, "A", FormStatus.SUBMITTED, false),
				form(Period.TW2, "A", FormStatus.SUBMITTED, true), form(Period.TW1, "B", FormStatus.OPEN, false),
				form(Period.TW2, "B", FormStatus.RETURNED, false), form(Period.TW1, "OLD", FormStatus.OPEN, false));
		Map<String, String> names = new LinkedHashMap<>();
		names.put("B", "Bidang B");
		names.put("A", "Bidang A");
		names.put("C", "Bidang tanpa formulir");
		List<Period> periods = DashboardParts.formPeriods(forms);
		assertThat(periods).containsExactly(Period.TW1, Period.TW2);
		List<UnitTimeliness> units = DashboardParts.timeliness(forms, periods, names, DEADLINE.plusDays(1));
		assertThat(units).extracting(UnitTimeliness::unitCode).containsExactly("B", "A", "OLD");
		assertThat(units.get(0).verdicts()).containsExactly(Verdict.MISSING, Verdict.MISSING);
		assertThat(units.get(1).verdicts()).containsExactly(Verdict.ON_TIME, Verdict.LATE);
		assertThat(units.get(2).verdicts()).containsExactly(Verdict.MISSING, null);
		assertThat(units.get(2).unitName()).isEqualTo("OLD");
		UnitTimeliness before = DashboardParts.timeliness(forms, periods, names, DEADLINE).get(0);
		assertThat(before.pending()).isEqualTo(2);
		assertThat(before.missing()).isZero();
	}

	@Test
	void aProgramsDifferenceIsItsAchievementLessItsAbsorptionToDate() {
		// docs/calculation.md: TW I, C 100, spent 200 of 1 000: absorption 20, to date
		// 80, D 20
		Figure program = new Figure("PROGRAM", "P.1", "S.1", "Program", null, false, null, null,
				new BigDecimal("100.00"), "SANGAT_TINGGI", false, false, null, null, null, null, new BigDecimal("1000"),
				new BigDecimal("200"), new BigDecimal("20.00"), "EFFICIENT", null, false, "Sangat Tinggi");
		PeriodFigures period = new PeriodFigures(7, 2026, Period.TW1, RoundStatus.OPEN, Instant.now(), true, null, null,
				List.of(program));
		ProgramEfficiency shown = DashboardParts.programs(period).get(0);
		assertThat(shown.absorptionToDate()).isEqualByComparingTo("80");
		assertThat(shown.difference()).isEqualByComparingTo("20");
		assertThat(shown.efficiency()).isEqualTo("EFFICIENT");
		assertThat(shown.provisional()).as("the round is not sealed").isTrue();
		assertThat(DashboardParts.programs(null)).isEmpty();
	}

}
