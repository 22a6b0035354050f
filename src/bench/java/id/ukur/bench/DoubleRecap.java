package id.ukur.bench;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.generator.Samples.Sample;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.NodeKind;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanOutline;
import id.ukur.plan.PlanOutline.OutlineNode;
import id.ukur.plan.ValueType;
import id.ukur.round.internal.GeneratedRecaps;
import java.util.List;

/**
 * The floor of the calculation benchmark: the same recap arithmetic on primitive doubles
 * over the same data, laid out in arrays beforehand. Period to date (sum, last, mean),
 * ratio or reverse formula, range targets by their nearer end, then plain and weighted
 * means per node and for the agency; no explanations, ratings or rounding.
 */
final class DoubleRecap {

	private final int count;

	private final int nodes;

	private final int quarters;

	private final byte[] formula;

	private final byte[] aggregation;

	private final double[][] low;

	private final double[][] high;

	private final double[][] actual;

	private final int[] node;

	private final boolean[] agencyItem;

	private final double[] weight;

	private final double[] sums;

	private final double[] weights;

	/** Each node's roll-up after {@link #compute()}. */
	private final double[] means;

	/**
	 * @param quarter 0–3: the round's quarter, the earlier ones counted to date
	 */
	DoubleRecap(Sample sample, int quarter) {
		PlanOutline outline = PlanOutline.of(sample.plan());
		List<OutlineNode> all = outline.all();
		List<PlanOutline.Placed> placed = outline.indicators();
		this.count = placed.size();
		this.nodes = all.size();
		this.quarters = quarter + 1;
		this.formula = new byte[this.count];
		this.aggregation = new byte[this.count];
		this.low = new double[this.count][this.quarters];
		this.high = new double[this.count][this.quarters];
		this.actual = new double[this.count][this.quarters];
		this.node = new int[this.count];
		this.agencyItem = new boolean[this.count];
		this.weight = new double[this.count];
		this.sums = new double[this.nodes];
		this.weights = new double[this.nodes];
		this.means = new double[this.nodes];
		for (int i = 0; i < this.count; i++) {
			IndicatorDoc indicator = placed.get(i).indicator();
			boolean qualitative = indicator.valueType() == ValueType.QUALITATIVE;
			Formula method = (indicator.formula() != null) ? indicator.formula() : Formula.RATIO;
			this.formula[i] = (byte) method.ordinal();
			this.aggregation[i] = (byte) (qualitative ? PeriodAggregation.LAST_VALUE.ordinal()
					: indicator.aggregation().ordinal());
			this.node[i] = all.indexOf(placed.get(i).node());
			this.agencyItem[i] = placed.get(i).node().kind() == NodeKind.OBJECTIVE && indicator.key();
			this.weight[i] = (indicator.weight() != null) ? indicator.weight().doubleValue() : 1;
			for (int q = 0; q <= quarter; q++) {
				PeriodTarget target = indicator.periodTargets().get("TW" + (q + 1));
				GeneratedRecaps.Value value = sample.quarters().get(q).get(indicator.code());
				this.low[i][q] = qualitative ? score(indicator, target.text())
						: target.isRange() ? target.min().doubleValue() : target.value().doubleValue();
				this.high[i][q] = qualitative ? this.low[i][q]
						: target.isRange() ? target.max().doubleValue() : target.value().doubleValue();
				this.actual[i][q] = !value.reported() ? Double.NaN
						: qualitative ? score(indicator, value.text()) : value.number().doubleValue();
			}
			if (qualitative) {
				// a qualitative value counts in its own quarter only
				for (int q = 0; q < quarter; q++) {
					this.actual[i][q] = Double.NaN;
				}
			}
		}
	}

	/**
	 * @return the agency's achievement (NaN when nothing could be counted)
	 */
	double compute() {
		java.util.Arrays.fill(this.sums, 0);
		java.util.Arrays.fill(this.weights, 0);
		double agencySum = 0;
		double agencyWeight = 0;
		for (int i = 0; i < this.count; i++) {
			double c = achievement(i);
			if (c == c) {
				this.sums[this.node[i]] += this.weight[i] * c;
				this.weights[this.node[i]] += this.weight[i];
				if (this.agencyItem[i]) {
					agencySum += this.weight[i] * c;
					agencyWeight += this.weight[i];
				}
			}
		}
		for (int n = 0; n < this.nodes; n++) {
			this.means[n] = (this.weights[n] > 0) ? this.sums[n] / this.weights[n] : Double.NaN;
		}
		return (agencyWeight > 0) ? agencySum / agencyWeight : Double.NaN;
	}

	private double achievement(int i) {
		double r = 0;
		double lo = 0;
		double hi = 0;
		int reported = 0;
		int last = -1;
		double allLow = 0;
		double allHigh = 0;
		for (int q = 0; q < this.quarters; q++) {
			allLow += this.low[i][q];
			allHigh += this.high[i][q];
			double a = this.actual[i][q];
			if (a == a) {
				r += a;
				lo += this.low[i][q];
				hi += this.high[i][q];
				reported++;
				last = q;
			}
		}
		if (reported == 0) {
			return Double.NaN;
		}
		switch (this.aggregation[i]) {
			case 1 -> {
				r = this.actual[i][last];
				lo = this.low[i][last];
				hi = this.high[i][last];
			}
			case 2 -> {
				r /= reported;
				lo = allLow / this.quarters;
				hi = allHigh / this.quarters;
			}
			default -> {
				// cumulative: the sums over the reported quarters
			}
		}
		if (r >= lo && r <= hi && lo != hi) {
			return 100;
		}
		double t = (r > hi) ? hi : lo;
		return switch (this.formula[i]) {
			case 0 -> r / t * 100;
			case 1 -> Math.max(0, (2 - r / t) * 100);
			default -> (r == 0) ? Double.NaN : t / r * 100;
		};
	}

	private static double score(IndicatorDoc indicator, String text) {
		return indicator.scale()
			.stream()
			.filter((s) -> s.value().equalsIgnoreCase(text))
			.findFirst()
			.map((s) -> s.score().doubleValue())
			.orElse(Double.NaN);
	}

}
