package id.ukur.report.internal.lkjip;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import id.ukur.calculation.Budgets;
import id.ukur.calculation.EfficiencyResult;
import id.ukur.calculation.Wording;
import id.ukur.calculation.RatingBand;
import id.ukur.calculation.RatingScale;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanDocument.GoalDoc;
import id.ukur.plan.PlanDocument.ObjectiveDoc;
import id.ukur.plan.PlanDocument.ProgramDoc;
import id.ukur.round.Figure;
import id.ukur.round.PeriodFigures;

/**
 * Builds the LKjIP tables of a year from the plans and the rounds' figures
 * (docs/dashboards.md, "LKjIP chapter III tables"). Pure: no database, no clock.
 */
public final class LkjipBuilder {

	/** A Renstra runs five years: the four before the year are its earlier years. */
	static final int EARLIER_YEARS = 4;

	static final String NOT_MEASURED = "NOT_MEASURED";

	private final Inputs in;

	private final Optional<PeriodFigures> year;

	private final List<Integer> previousYears;

	private LkjipBuilder(Inputs inputs) {
		this.in = inputs;
		this.year = FinalFigures.of(inputs.year(), inputs.figures());
		TreeSet<Integer> years = new TreeSet<>(inputs.pastPlans().keySet());
		inputs.figures().forEach((f) -> years.add(f.year()));
		this.previousYears = years.stream()
			.filter((y) -> y < inputs.year() && y >= inputs.year() - EARLIER_YEARS)
			.filter((y) -> inputs.pastPlans().containsKey(y) || FinalFigures.of(y, inputs.figures()).isPresent())
			.toList();
	}

	/**
	 * @return the tables
	 */
	public static Lkjip build(Inputs inputs) {
		return new LkjipBuilder(inputs).tables();
	}

	private Lkjip tables() {
		List<Lkjip.ObjectiveTable> objectives = new ArrayList<>();
		List<Lkjip.EfficiencyRow> efficiency = new ArrayList<>();
		PlanDocument plan = this.in.plan();
		for (GoalDoc goal : (plan != null) ? plan.goals() : List.<GoalDoc>of()) {
			for (ObjectiveDoc objective : goal.objectives()) {
				objectives.add(objective(objective));
				objective.programs().forEach((program) -> efficiency.add(efficiency(program)));
			}
		}
		return new Lkjip(this.in.agencyCode(), this.in.agencyName(), this.in.year(),
				this.year.map((f) -> f.period().name()).orElse(null),
				this.year.map(PeriodFigures::roundId).orElse(null), this.year.map(PeriodFigures::sealed).orElse(false),
				plan != null, this.previousYears, objectives, efficiency);
	}

	private Lkjip.ObjectiveTable objective(ObjectiveDoc objective) {
		Optional<Figure> figure = figure("OBJECTIVE", objective.code());
		List<Lkjip.IndicatorRow> rows = objective.indicators().stream().map(this::indicator).toList();
		return new Lkjip.ObjectiveTable(objective.code(), objective.name(),
				figure.map(Figure::achievement).orElse(null), figure.map(Figure::rating).orElse(null),
				label(figure.map(Figure::rating).orElse(null)), provisional(figure), rows);
	}

	private Lkjip.IndicatorRow indicator(IndicatorDoc indicator) {
		Optional<Figure> figure = figure(Figure.INDICATOR, indicator.code());
		String target = figure.map(Figure::target).orElseGet(indicator::targetDisplay);
		List<Lkjip.PastYear> previous = this.previousYears.stream().map((y) -> past(y, indicator.code())).toList();
		String rating = figure.map(Figure::rating).orElse(null);
		return new Lkjip.IndicatorRow(indicator.code(), indicator.name(), indicator.measureUnit(), indicator.key(),
				indicator.valueType() == id.ukur.plan.ValueType.QUALITATIVE, target,
				figure.map(Figure::actual).orElse(null), figure.map(Figure::achievement).orElse(null), rating,
				label(rating), figure.map(Figure::status).orElse(NOT_MEASURED), provisional(figure), previous,
				text(indicator.baseline()), text(indicator.endTarget()),
				EndTargetProgress.of(indicator, figure.orElse(null), wording()));
	}

	/** An earlier year: its final round's figure, else the actuals in its plan. */
	private Lkjip.PastYear past(int pastYear, String code) {
		Optional<PeriodFigures> round = FinalFigures.of(pastYear, this.in.figures());
		Optional<Figure> figure = round.flatMap((r) -> r.figure(Figure.INDICATOR, code));
		if (figure.isPresent()) {
			Figure f = figure.get();
			return new Lkjip.PastYear(pastYear, f.actual(), f.achievement(), f.status(),
					f.provisional() || !round.get().sealed(), "ROUND");
		}
		PlanDocument plan = this.in.pastPlans().get(pastYear);
		Optional<IndicatorDoc> recorded = (plan != null)
				? indicators(plan).stream().filter((i) -> i.code().equals(code)).findFirst() : Optional.empty();
		return recorded.map((i) -> PlanActuals.of(pastYear, i, this.in.cap()))
			.orElseGet(() -> Lkjip.PastYear.none(pastYear));
	}

	/**
	 * The explanations in the reader's language (docs/calculation.md, "Explanations").
	 */
	private Wording wording() {
		return this.in.english() ? Wording.ENGLISH : Wording.INDONESIAN;
	}

	private Lkjip.EfficiencyRow efficiency(ProgramDoc program) {
		Optional<Figure> figure = figure("PROGRAM", program.code());
		BigDecimal achievement = figure.map(Figure::achievement).orElse(null);
		BigDecimal absorption = figure.map(Figure::absorption).orElse(null);
		EfficiencyResult result = Budgets.efficiency(achievement, absorption, this.in.threshold(), wording());
		String verdict = figure.map(Figure::efficiency).orElse((result != null) ? result.efficiency().name() : null);
		return new Lkjip.EfficiencyRow(program.code(), program.name(),
				figure.map(Figure::budget).orElse(program.budget()), figure.map(Figure::spent).orElse(null), absorption,
				achievement, provisional(figure), (result != null) ? result.difference() : null,
				(result != null) ? verdict : null, (result != null) ? result.explanation() : null);
	}

	private Optional<Figure> figure(String kind, String code) {
		return this.year.flatMap((f) -> f.figure(kind, code));
	}

	private boolean provisional(Optional<Figure> figure) {
		return figure.map(Figure::provisional).orElse(false) || this.year.map((f) -> !f.sealed()).orElse(false);
	}

	private String label(String ratingCode) {
		if (ratingCode == null || this.in.scale() == null) {
			return null;
		}
		return this.in.scale()
			.bands()
			.stream()
			.filter((b) -> b.code().equals(ratingCode))
			.findFirst()
			.map((RatingBand b) -> this.in.english() ? b.labelEn() : b.labelId())
			.orElse(null);
	}

	private static String text(id.ukur.plan.PlanValue value) {
		return (value != null) ? value.toString() : null;
	}

	static List<IndicatorDoc> indicators(PlanDocument plan) {
		List<IndicatorDoc> all = new ArrayList<>();
		plan.goals().forEach((g) -> g.objectives().forEach((o) -> all.addAll(o.indicators())));
		return all;
	}

	/**
	 * What the tables are built from.
	 *
	 * @param plan the year's plan, null when there is none
	 * @param pastPlans the plans of earlier years by year
	 * @param figures the agency's figures of the earlier years and the year
	 * @param scale the region's rating scale (for the labels)
	 * @param cap the region's achievement cap, or null
	 * @param threshold the region's efficiency threshold, or null for the default
	 */
	public record Inputs(String agencyCode, String agencyName, int year, PlanDocument plan,
			Map<Integer, PlanDocument> pastPlans, List<PeriodFigures> figures, RatingScale scale, BigDecimal cap,
			BigDecimal threshold, boolean english) {

		public Inputs {
			pastPlans = Map.copyOf(pastPlans);
			figures = List.copyOf(figures);
		}

	}

}
