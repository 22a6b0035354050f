package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static id.ukur.calculation.IndonesianNumbers.operand;
import static id.ukur.calculation.IndonesianNumbers.plain;

/**
 * The arithmetic of {@link Projections}: the pace of a cumulative indicator and the
 * least-squares line of reported levels, each with its filled-in arithmetic.
 */
final class Trend {

	private static final BigDecimal FOUR = BigDecimal.valueOf(4);

	private Trend() {
	}

	/** ΣR × 4 / n over the n reported quarters. */
	static Projected pace(List<Point> points, Wording w) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Point point : points) {
			sum = sum.add(point.value());
		}
		BigDecimal n = BigDecimal.valueOf(points.size());
		BigDecimal exact = sum.multiply(FOUR).divide(n, Formulas.WORK_SCALE, RoundingMode.HALF_UP);
		String sumText = (points.size() == 1) ? operand(sum)
				: "(" + points.stream().map((p) -> operand(p.value())).collect(Collectors.joining(" + ")) + ")";
		return projected(ProjectionMethod.PACE, exact,
				w.say(Phrase.YEAR_END_ACTUAL, sumText + " × 4 / " + points.size()));
	}

	/** One reported level: the level itself. */
	static Projected level(Point point, Wording w) {
		return projected(ProjectionMethod.LEVEL, point.value(), w.say(Phrase.ONE_QUARTER, point.name()));
	}

	/** The line read at TW IV. */
	static Projected last(List<Point> points, Wording w) {
		Line line = Line.of(points);
		Reading reading = line.at(4, nonNegative(points), w);
		return new Projected(ProjectionMethod.TREND, Projections.rounded(reading.value()),
				line.text(w) + "; R TW4 = " + reading.text());
	}

	/** The mean of the four quarters, the unreported ones read from the line. */
	static Projected mean(List<Point> points, Wording w) {
		Line line = Line.of(points);
		boolean floor = nonNegative(points);
		StringBuilder text = new StringBuilder(line.text(w));
		List<BigDecimal> values = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			Point reported = find(points, q);
			if (reported != null) {
				values.add(reported.value());
				continue;
			}
			Reading reading = line.at(q, floor, w);
			BigDecimal value = Projections.rounded(reading.value());
			values.add(value);
			text.append("; R TW").append(q).append(" = ").append(reading.text());
		}
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal exact = sum.divide(FOUR, Formulas.WORK_SCALE, RoundingMode.HALF_UP);
		text.append(w.say(Phrase.YEAR_ACTUAL,
				values.stream().map(IndonesianNumbers::operand).collect(Collectors.joining(" + "))));
		return projected(ProjectionMethod.TREND_MEAN, exact, text.toString());
	}

	private static Point find(List<Point> points, int quarter) {
		return points.stream().filter((p) -> p.quarter() == quarter).findFirst().orElse(null);
	}

	private static boolean nonNegative(List<Point> points) {
		return points.stream().allMatch((p) -> p.value().signum() >= 0);
	}

	private static Projected projected(ProjectionMethod method, BigDecimal exact, String expression) {
		BigDecimal rounded = Projections.rounded(exact);
		return new Projected(method, rounded, expression + result(exact, rounded));
	}

	/** {@code " = 76"}, or {@code " ≈ 18,27"} where the value was rounded. */
	static String result(BigDecimal exact, BigDecimal rounded) {
		return ((exact.compareTo(rounded) == 0) ? " = " : " ≈ ") + plain(rounded);
	}

	/** A number as shown inside the arithmetic: exact, or to 4 decimals with ≈. */
	static String approximately(BigDecimal value) {
		BigDecimal four = value.setScale(4, RoundingMode.HALF_UP);
		return (four.compareTo(value) == 0) ? operand(value) : "≈" + operand(four);
	}

	/** A reported quarter: its number in the year (1–3), name and actual. */
	record Point(int quarter, String name, BigDecimal value) {
	}

	/** A projected actual (2 decimals) and the arithmetic that gave it. */
	record Projected(ProjectionMethod method, BigDecimal actual, String arithmetic) {
	}

	/** A value read from the line and how. */
	record Reading(BigDecimal value, String text) {
	}

	/**
	 * The least-squares line R = ȳ + b × (x − x̄) over the reported quarters, x the
	 * quarter's number.
	 */
	record Line(List<Point> points, BigDecimal xMean, BigDecimal yMean, BigDecimal slope) {

		static Line of(List<Point> points) {
			BigDecimal n = BigDecimal.valueOf(points.size());
			BigDecimal xSum = BigDecimal.ZERO;
			BigDecimal ySum = BigDecimal.ZERO;
			for (Point p : points) {
				xSum = xSum.add(BigDecimal.valueOf(p.quarter()));
				ySum = ySum.add(p.value());
			}
			BigDecimal xMean = xSum.divide(n, Formulas.WORK_SCALE, RoundingMode.HALF_UP);
			BigDecimal yMean = ySum.divide(n, Formulas.WORK_SCALE, RoundingMode.HALF_UP);
			BigDecimal sxx = BigDecimal.ZERO;
			BigDecimal sxy = BigDecimal.ZERO;
			for (Point p : points) {
				BigDecimal dx = BigDecimal.valueOf(p.quarter()).subtract(xMean);
				sxx = sxx.add(dx.multiply(dx));
				sxy = sxy.add(dx.multiply(p.value().subtract(yMean)));
			}
			BigDecimal slope = sxy.divide(sxx, Formulas.WORK_SCALE, RoundingMode.HALF_UP);
			return new Line(points, xMean, yMean, slope);
		}

		/**
		 * @param floor whether a line of non-negative levels stops at 0
		 */
		Reading at(int quarter, boolean floor, Wording w) {
			BigDecimal x = BigDecimal.valueOf(quarter);
			BigDecimal value = this.yMean.add(this.slope.multiply(x.subtract(this.xMean)));
			String text = approximately(this.yMean) + " + " + approximately(this.slope) + " × (" + quarter + " − "
					+ approximately(this.xMean) + ")";
			if (floor && value.signum() < 0) {
				return new Reading(BigDecimal.ZERO, w.say(Phrase.LINE_FLOOR, text, plain(Projections.rounded(value))));
			}
			return new Reading(value, text + result(value, Projections.rounded(value)));
		}

		String text(Wording w) {
			String pointsText = this.points.stream()
				.map((p) -> "(" + p.quarter() + "; " + plain(p.value()) + ")")
				.collect(Collectors.joining(", "));
			return w.say(Phrase.LINE, pointsText, approximately(this.xMean), approximately(this.yMean),
					approximately(this.slope));
		}

	}

}
