package id.ukur.report.internal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import id.ukur.calculation.Budgets;
import id.ukur.report.AgencyDashboard.OpenPlan;
import id.ukur.report.AgencyDashboard.ProgramEfficiency;
import id.ukur.report.AgencyDashboard.Risk;
import id.ukur.report.AgencyDashboard.UnitTimeliness;
import id.ukur.round.ActionPlanView;
import id.ukur.round.Figure;
import id.ukur.round.FormTimeliness;
import id.ukur.round.FormTimeliness.Verdict;
import id.ukur.round.Period;
import id.ukur.round.PeriodFigures;

/**
 * The parts of the agency dashboard beside the achievements, each from what the rounds
 * stored: timeliness from the forms, efficiency and risks from the latest figures, the
 * open action plans.
 */
final class DashboardParts {

	private DashboardParts() {
	}

	/** The periods of the year's rounds that have forms, in calendar order. */
	static List<Period> formPeriods(List<FormTimeliness> forms) {
		return new ArrayList<>(new TreeSet<>(forms.stream().map(FormTimeliness::period).toList()));
	}

	/**
	 * Per unit (the agency's units first, in their order; then units of old forms only),
	 * its verdict in each period and the counts.
	 */
	static List<UnitTimeliness> timeliness(List<FormTimeliness> forms, List<Period> periods,
			Map<String, String> unitNames, LocalDate today) {
		List<String> codes = new ArrayList<>();
		unitNames.keySet()
			.stream()
			.filter((c) -> forms.stream().anyMatch((f) -> f.unitCode().equals(c)))
			.forEach(codes::add);
		forms.stream().map(FormTimeliness::unitCode).filter((c) -> !codes.contains(c)).distinct().forEach(codes::add);
		List<UnitTimeliness> units = new ArrayList<>();
		for (String code : codes) {
			List<Verdict> verdicts = new ArrayList<>();
			int[] counts = new int[Verdict.values().length];
			for (Period period : periods) {
				Verdict verdict = forms.stream()
					.filter((f) -> f.unitCode().equals(code) && f.period() == period)
					.findFirst()
					.map((f) -> f.verdict(today))
					.orElse(null);
				verdicts.add(verdict);
				if (verdict != null) {
					counts[verdict.ordinal()]++;
				}
			}
			units.add(new UnitTimeliness(code, unitNames.getOrDefault(code, code), verdicts,
					counts[Verdict.ON_TIME.ordinal()], counts[Verdict.LATE.ordinal()],
					counts[Verdict.MISSING.ordinal()], counts[Verdict.PENDING.ordinal()]));
		}
		return units;
	}

	/**
	 * The programs of the latest period with their absorption and achievement; D is the
	 * achievement less the absorption to date, as the calculation compares them
	 * (docs/calculation.md, "Absorption and efficiency").
	 */
	static List<ProgramEfficiency> programs(PeriodFigures latest) {
		if (latest == null) {
			return List.of();
		}
		BigDecimal share = Budgets.elapsedShare(latest.period().quartersToDate().size());
		List<ProgramEfficiency> programs = new ArrayList<>();
		for (Figure f : latest.figures()) {
			if (!"PROGRAM".equals(f.kind())) {
				continue;
			}
			BigDecimal toDate = Budgets.absorptionToDate(f.spent(), f.budget(), share);
			BigDecimal difference = (toDate != null && f.achievement() != null)
					? f.achievement().subtract(toDate).setScale(2, RoundingMode.HALF_UP) : null;
			programs.add(new ProgramEfficiency(latest.roundId(), latest.period(), f.code(), f.name(), f.budget(),
					f.spent(), f.absorption(), toDate, f.achievement(), difference, f.efficiency(),
					f.provisional() || !latest.sealed()));
		}
		return programs;
	}

	/** The indicators of the latest period the early warning flags. */
	static List<Risk> risks(PeriodFigures latest) {
		if (latest == null) {
			return List.of();
		}
		return latest.figures()
			.stream()
			.filter((f) -> f.indicator() && f.atRisk())
			.map((f) -> new Risk(latest.roundId(), latest.period(), f.code(), f.name(), f.achievement(),
					f.projection()))
			.toList();
	}

	static List<OpenPlan> plans(List<ActionPlanView> plans, Map<String, String> unitNames, LocalDate today) {
		return plans.stream()
			.map((p) -> new OpenPlan(p.id(), p.roundId(), p.roundLabel(), p.indicatorCode(), p.indicatorName(),
					p.action(), p.ownerUnit(), unitNames.getOrDefault(p.ownerUnit(), p.ownerUnit()), p.dueDate(),
					p.status(), p.dueDate() != null && p.dueDate().isBefore(today)))
			.toList();
	}

}
