package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static id.ukur.calculation.IndonesianNumbers.fixed;
import static id.ukur.calculation.IndonesianNumbers.plain;

/**
 * Early warning (docs/calculation.md, "Early warning"): the year-end actual projected
 * from the quarters reported so far, and the achievement it would give against the year's
 * target by the indicator's own formula. Stateless.
 */
public final class Projections {

	private static final BigDecimal QUARTERS = BigDecimal.valueOf(4);

	private Projections() {
	}

	/**
	 * @param inputs the quarters so far and the year's target
	 * @return the projection without its explanation; null when none is made (no quarter
	 * reported, or a fourth quarter: the year's value is then final)
	 */
	public static Projection of(ProjectionInputs inputs) {
		Projection projection = project(inputs, Wording.INDONESIAN);
		if (projection == null) {
			return null;
		}
		AchievementResult r = projection.result();
		return new Projection(projection.method(), projection.actual(), new AchievementResult(r.status(),
				r.achievement(), r.exact(), false, r.actualUsed(), r.targetUsed(), null), projection.atRisk(), null);
	}

	/**
	 * @return the explanation of {@link #of} for the same inputs (Indonesian), null when
	 * no projection is made
	 */
	public static Explanation explain(ProjectionInputs inputs) {
		return explain(inputs, Wording.INDONESIAN);
	}

	/**
	 * @return {@link #explain(ProjectionInputs)} in the given wording
	 */
	public static Explanation explain(ProjectionInputs inputs, Wording w) {
		Projection projection = project(inputs, w);
		return (projection != null) ? projection.explanation() : null;
	}

	private static Projection project(ProjectionInputs in, Wording w) {
		Achievements.requireMethod(in.method());
		if (in.aggregation() == null) {
			throw new IllegalArgumentException("A projection needs the indicator's period aggregation");
		}
		int elapsed = in.quarters().size();
		List<Trend.Point> points = new ArrayList<>();
		List<String> inputs = new ArrayList<>();
		for (int i = 0; i < elapsed; i++) {
			Workings.Term term = in.quarters().get(i);
			String name = name(term.period(), i + 1);
			if (term.actual() != null) {
				points.add(new Trend.Point(i + 1, name, term.actual()));
			}
			inputs.add(name + ": " + Achievements.actualInput(term.actual(), w));
		}
		if (points.isEmpty() || elapsed > 3) {
			return null;
		}
		Trend.Projected projected = switch (in.aggregation()) {
			case CUMULATIVE -> Trend.pace(points, w);
			case LAST_VALUE -> (points.size() == 1) ? Trend.level(points.get(0), w) : Trend.last(points, w);
			case AVERAGE -> (points.size() == 1) ? Trend.level(points.get(0), w) : Trend.mean(points, w);
		};
		Target year = in.yearTarget();
		inputs.add((year != null) ? w.say(Phrase.YEAR_TARGET, IndonesianNumbers.target(year))
				: w.say(Phrase.YEAR_TARGET_NOT_SET));
		return result(in, elapsed, projected, year, inputs, w);
	}

	private static Projection result(ProjectionInputs in, int elapsed, Trend.Projected projected, Target year,
			List<String> inputs, Wording w) {
		String formulaName = describe(projected.method(), w) + "; " + Formulas.name(in.method().formula(), w);
		AchievementResult result;
		if (year == null) {
			result = Results.of(Outcome.notComputable(null, w.say(Phrase.NO_TARGET)), projected.actual(), formulaName,
					inputs, null, w);
		}
		else {
			Outcome outcome = Formulas.apply(in.method(), year, projected.actual(), in.cap(), w)
				.prefixed(projected.arithmetic() + "; ");
			result = Results.of(outcome, projected.actual(), formulaName, Results.withCap(inputs, outcome, in.cap(), w),
					null, w);
		}
		boolean atRisk = result.isComputed() && elapsed >= 2 && result.achievement().compareTo(Formulas.HUNDRED) < 0;
		Explanation e = result.explanation();
		String arithmetic = (e.arithmetic() != null) ? e.arithmetic() : projected.arithmetic();
		String text = Results.sentences((e.arithmetic() != null) ? null : projected.arithmetic() + ".", e.text(),
				verdict(result, elapsed, atRisk, w));
		Explanation explanation = new Explanation(e.inputs(), formulaName, arithmetic, e.rounding(), e.capApplied(),
				e.reasonCode(), text);
		return new Projection(projected.method(), projected.actual(), result, atRisk, explanation);
	}

	private static String verdict(AchievementResult result, int elapsed, boolean atRisk, Wording w) {
		if (!result.isComputed()) {
			return null;
		}
		if (atRisk) {
			return w.say(Phrase.AT_RISK, fixed(result.achievement(), 2));
		}
		if (result.achievement().compareTo(Formulas.HUNDRED) >= 0) {
			return w.say(Phrase.MEETS_TARGET);
		}
		return w.say(Phrase.TOO_EARLY, elapsed);
	}

	private static String describe(ProjectionMethod method, Wording w) {
		return w.say(switch (method) {
			case PACE -> Phrase.PACE;
			case TREND -> Phrase.TREND;
			case TREND_MEAN -> Phrase.TREND_MEAN;
			case LEVEL -> Phrase.LEVEL;
		});
	}

	static String name(String period, int quarter) {
		return (period != null && !period.isBlank()) ? period.trim() : "TW" + quarter;
	}

	/**
	 * @return the value rounded half-up to 2 decimals without trailing zeros, the number
	 * an auditor recomputes with
	 */
	static BigDecimal rounded(BigDecimal exact) {
		BigDecimal stripped = exact.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
