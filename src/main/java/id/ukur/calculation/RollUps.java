package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static id.ukur.calculation.IndonesianNumbers.operand;
import static id.ukur.calculation.IndonesianNumbers.plain;

/**
 * Roll-ups per calculation.md §3: an objective, goal, program, activity or agency from
 * its indicators. Stateless.
 */
public final class RollUps {

	private RollUps() {
	}

	/**
	 * The mean of the computed indicators' achievements, weighted when any indicator has
	 * a weight. Each indicator counts with its {@code exact} C (10 decimals), capped at
	 * {@code cap} when a cap is set — in the roll-up only, the indicator's own C stays
	 * uncapped. Not-computable indicators are left out and listed; not-reported ones are
	 * left out and make the roll-up provisional, as does a provisional indicator.
	 * @param items the indicators
	 * @param cap the region's achievement cap, or null for none
	 * @return the roll-up; its achievement is null when no indicator could be counted
	 */
	public static RollUpResult rollUp(List<RollUpItem> items, BigDecimal cap) {
		return rollUp(items, cap, Wording.INDONESIAN);
	}

	/**
	 * {@link #rollUp(List, BigDecimal)} explained in the given wording.
	 */
	public static RollUpResult rollUp(List<RollUpItem> items, BigDecimal cap, Wording w) {
		List<RollUpItem> all = (items != null) ? items : List.of();
		// Weighting is decided over all items, not only the computed ones, so that the
		// kind of
		// mean does not change as reports come in. An item without a weight then counts
		// with
		// weight 1, the weight every item has in an unweighted mean.
		boolean weighted = all.stream().anyMatch((item) -> item.weight() != null);
		Tally tally = new Tally(weighted, w);
		for (RollUpItem item : all) {
			tally.add(item, cap);
		}
		boolean provisional = !tally.notReported.isEmpty() || !tally.provisional.isEmpty();
		String exclusions = Results.sentences(
				tally.notComputable.isEmpty() ? null : Reasons.indicatorsNotComputable(tally.notComputable, w),
				tally.capped.isEmpty() ? null : Reasons.indicatorsCapped(tally.capped, plain(cap), w),
				tally.notReported.isEmpty() ? null : Reasons.indicatorsNotReported(tally.notReported, w),
				tally.provisional.isEmpty() ? null : Reasons.indicatorsProvisional(tally.provisional, w));
		String formulaName = w.say(weighted ? Phrase.WEIGHTED_MEAN : Phrase.MEAN);
		BigDecimal totalWeight = tally.weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (tally.values.isEmpty() || totalWeight.signum() == 0) {
			String reason = w.say(tally.values.isEmpty() ? Phrase.NO_INDICATORS : Phrase.ZERO_WEIGHT);
			Explanation explanation = new Explanation(tally.inputs, formulaName, null, null, false,
					Reasons.NO_INDICATORS, Results.sentences(reason, exclusions.isEmpty() ? null : exclusions));
			return new RollUpResult(null, null, provisional, tally.values.size(), tally.notComputable,
					tally.notReported, tally.capped, explanation);
		}
		BigDecimal weightedSum = BigDecimal.ZERO;
		for (int i = 0; i < tally.values.size(); i++) {
			weightedSum = weightedSum.add(tally.weights.get(i).multiply(tally.values.get(i)));
		}
		BigDecimal exact = weightedSum.divide(totalWeight, Formulas.EXACT_SCALE, RoundingMode.HALF_UP);
		String arithmetic = tally.arithmetic() + " = " + IndonesianNumbers.fixed(exact, 2);
		Explanation explanation = new Explanation(tally.inputs, formulaName, arithmetic, Formulas.rounding(exact, w),
				!tally.capped.isEmpty(), provisional ? Reasons.PROVISIONAL : null,
				Results.sentences(arithmetic, exclusions.isEmpty() ? null : exclusions));
		return new RollUpResult(Formulas.rounded(exact), exact, provisional, tally.values.size(), tally.notComputable,
				tally.notReported, tally.capped, explanation);
	}

	/**
	 * The numbers of {@link #rollUp} without its explanation (a null
	 * {@link RollUpResult#explanation()}): call {@link #rollUp} with the same items when
	 * someone asks how the mean came about.
	 * @param items the indicators
	 * @param cap the region's achievement cap, or null for none
	 * @return the roll-up, without explanation
	 */
	public static RollUpResult of(List<RollUpItem> items, BigDecimal cap) {
		List<RollUpItem> all = (items != null) ? items : List.of();
		boolean weighted = false;
		for (RollUpItem item : all) {
			weighted |= item.weight() != null;
		}
		List<String> notComputable = new ArrayList<>();
		List<String> notReported = new ArrayList<>();
		List<String> capped = new ArrayList<>();
		boolean provisional = false;
		BigDecimal weightedSum = BigDecimal.ZERO;
		BigDecimal totalWeight = BigDecimal.ZERO;
		int counted = 0;
		for (int i = 0; i < all.size(); i++) {
			RollUpItem item = all.get(i);
			String code = (item.code() != null) ? item.code() : "#" + (i + 1);
			AchievementResult result = item.result();
			provisional |= result.provisional();
			switch (result.status()) {
				case NOT_COMPUTABLE -> notComputable.add(code);
				case NOT_REPORTED -> {
					notReported.add(code);
					provisional = true;
				}
				case COMPUTED -> {
					BigDecimal value = (result.exact() != null) ? result.exact() : result.achievement();
					if (cap != null && value.compareTo(cap) > 0) {
						capped.add(code);
						value = cap;
					}
					BigDecimal weight = (item.weight() != null) ? item.weight() : BigDecimal.ONE;
					weightedSum = weightedSum.add(weight.multiply(value));
					totalWeight = totalWeight.add(weight);
					counted++;
				}
			}
		}
		if (counted == 0 || totalWeight.signum() == 0) {
			return new RollUpResult(null, null, provisional, counted, notComputable, notReported, capped, null);
		}
		BigDecimal exact = weightedSum.divide(totalWeight, Formulas.EXACT_SCALE, RoundingMode.HALF_UP);
		return new RollUpResult(Formulas.rounded(exact), exact, provisional, counted, notComputable, notReported,
				capped, null);
	}

	/**
	 * The items sorted into counted values and the lists of those left out.
	 */
	private static final class Tally {

		private final boolean weighted;

		private final Wording w;

		private final List<String> inputs = new ArrayList<>();

		private final List<BigDecimal> values = new ArrayList<>();

		private final List<BigDecimal> weights = new ArrayList<>();

		private final List<String> notComputable = new ArrayList<>();

		private final List<String> notReported = new ArrayList<>();

		private final List<String> capped = new ArrayList<>();

		private final List<String> provisional = new ArrayList<>();

		Tally(boolean weighted, Wording w) {
			this.weighted = weighted;
			this.w = w;
		}

		void add(RollUpItem item, BigDecimal cap) {
			String code = (item.code() != null) ? item.code() : "#" + (this.inputs.size() + 1);
			AchievementResult result = item.result();
			if (result.provisional()) {
				this.provisional.add(code);
			}
			switch (result.status()) {
				case NOT_COMPUTABLE -> {
					this.notComputable.add(code);
					this.inputs.add(this.w.say(Phrase.ITEM_NOT_COMPUTABLE, code));
				}
				case NOT_REPORTED -> {
					this.notReported.add(code);
					this.inputs.add(this.w.say(Phrase.ITEM_NOT_REPORTED, code));
				}
				case COMPUTED -> counted(code, item, cap);
			}
		}

		private void counted(String code, RollUpItem item, BigDecimal cap) {
			AchievementResult result = item.result();
			// exact is what the spec's precision asks for; a result rebuilt from storage
			// may
			// only have the rounded value
			BigDecimal value = (result.exact() != null) ? result.exact() : result.achievement();
			StringBuilder input = new StringBuilder(code).append(": C = ").append(plain(value));
			if (cap != null && value.compareTo(cap) > 0) {
				this.capped.add(code);
				value = cap;
				input.append(this.w.say(Phrase.ITEM_CAPPED, plain(cap)));
			}
			BigDecimal weight = (item.weight() != null) ? item.weight() : BigDecimal.ONE;
			if (this.weighted) {
				input.append(this.w.say(Phrase.ITEM_WEIGHT, plain(weight)));
			}
			if (result.provisional()) {
				input.append(this.w.say(Phrase.ITEM_PROVISIONAL));
			}
			this.inputs.add(input.toString());
			this.values.add(value);
			this.weights.add(weight);
		}

		/**
		 * @return {@code (107,14 + 87,5) / 2} or
		 * {@code (2 × 107,14 + 1 × 87,5) / (2 + 1)}
		 */
		String arithmetic() {
			List<String> terms = new ArrayList<>();
			for (int i = 0; i < this.values.size(); i++) {
				String value = operand(this.values.get(i));
				terms.add(this.weighted ? plain(this.weights.get(i)) + " × " + value : value);
			}
			String sum = String.join(" + ", terms);
			String numerator = (terms.size() > 1) ? "(" + sum + ")" : sum;
			String denominator = this.weighted
					? this.weights.stream().map(IndonesianNumbers::plain).collect(Collectors.joining(" + "))
					: String.valueOf(this.values.size());
			return numerator + " / " + ((this.weighted && terms.size() > 1) ? "(" + denominator + ")" : denominator);
		}

	}

}
