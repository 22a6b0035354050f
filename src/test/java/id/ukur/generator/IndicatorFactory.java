package id.ukur.generator;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.generator.PlanFactory.Quarter;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.IndicatorDoc.ScaleValue;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanValue;
import id.ukur.plan.ValueType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Indicators with every kind of setting in plausible shares (a quarter lower-is-better, a
 * third percentages, one in twenty qualitative, some range targets, cumulative counts,
 * last values and averages), quarterly targets, and the values the units report: around
 * the target, one in fifty not reported.
 */
final class IndicatorFactory {

	private static final String[] SUBJECTS = { "layanan yang diselesaikan tepat waktu",
			"dokumen perencanaan yang disusun", "aparatur yang mengikuti pelatihan", "pengaduan yang ditindaklanjuti",
			"desa yang mendapat pembinaan", "kegiatan yang dilaksanakan sesuai jadwal", "data yang dimutakhirkan",
			"rekomendasi hasil pemeriksaan yang ditindaklanjuti" };

	private static final List<ScaleValue> OPINION = List.of(scale("WTP", 4), scale("WDP", 3), scale("TW", 2),
			scale("TMP", 1));

	private static final List<ScaleValue> GRADE = List.of(scale("AA", 5), scale("A", 4), scale("BB", 3), scale("B", 2),
			scale("CC", 1));

	private final SplittableRandom random;

	private final Map<String, Quarter[]> values = new LinkedHashMap<>();

	IndicatorFactory(SplittableRandom random) {
		this.random = random;
	}

	Map<String, Quarter[]> values() {
		return this.values;
	}

	IndicatorDoc indicator(String code, String unit, boolean key, boolean weighted) {
		BigDecimal weight = weighted ? BigDecimal.valueOf(1 + this.random.nextInt(3)) : null;
		double kind = this.random.nextDouble();
		if (kind < 0.05) {
			return qualitative(code, unit, key, weight);
		}
		boolean percent = kind < 0.35;
		boolean lower = this.random.nextDouble() < 0.25;
		Formula formula = !lower ? Formula.RATIO
				: (this.random.nextInt(3) == 0) ? Formula.REVERSE_RATIO : Formula.REVERSE_DIFFERENCE;
		double pick = this.random.nextDouble();
		PeriodAggregation aggregation = percent
				? ((pick < 0.6) ? PeriodAggregation.LAST_VALUE : PeriodAggregation.AVERAGE)
				: (pick < 0.45) ? PeriodAggregation.CUMULATIVE
						: (pick < 0.8) ? PeriodAggregation.LAST_VALUE : PeriodAggregation.AVERAGE;
		boolean range = percent && !lower && aggregation == PeriodAggregation.LAST_VALUE
				&& this.random.nextDouble() < 0.15;
		double base = percent ? 40 + this.random.nextInt(550) / 10.0 : 10 + this.random.nextInt(990);
		Map<String, PeriodTarget> targets = new LinkedHashMap<>();
		Quarter[] quarters = new Quarter[4];
		BigDecimal annual = BigDecimal.ZERO;
		for (int q = 0; q < 4; q++) {
			double target = switch (aggregation) {
				case CUMULATIVE -> 5 + this.random.nextInt(200);
				case LAST_VALUE -> base * (lower ? 1.15 - 0.05 * q : 0.85 + 0.05 * q);
				case AVERAGE -> base;
			};
			BigDecimal value = decimal(target, (aggregation == PeriodAggregation.CUMULATIVE) ? 0 : 1);
			annual = (aggregation == PeriodAggregation.CUMULATIVE) ? annual.add(value) : value;
			targets
				.put(PlanFactory.QUARTERS.get(q),
						range ? PeriodTarget.range(value.subtract(BigDecimal.valueOf(5)),
								value.add(BigDecimal.valueOf(5)).min(BigDecimal.valueOf(100)))
								: PeriodTarget.of(value));
			quarters[q] = actual(value.doubleValue(), lower, aggregation == PeriodAggregation.CUMULATIVE, percent);
		}
		this.values.put(code, quarters);
		String measure = percent ? "%" : lower ? "hari" : pickOf("orang", "dokumen", "kegiatan", "unit", "laporan");
		String name = (percent ? "Persentase " : lower ? "Rata-rata waktu penyelesaian " : "Jumlah ")
				+ SUBJECTS[this.random.nextInt(SUBJECTS.length)];
		BigDecimal min = range ? annual.subtract(BigDecimal.valueOf(5)) : null;
		BigDecimal max = range ? annual.add(BigDecimal.valueOf(5)).min(BigDecimal.valueOf(100)) : null;
		return new IndicatorDoc(code, name, measure, key, "Definisi operasional " + code + ": " + name.toLowerCase(),
				percent ? "(realisasi / sasaran) × 100%" : "Σ " + measure + " pada periode berjalan", "Laporan bidang",
				lower ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER, formula, aggregation,
				percent ? ValueType.PERCENT : ValueType.NUMBER, unit, weight,
				PlanValue.of(decimal(annual.doubleValue() * 0.9, 1)),
				PlanValue.of(decimal(annual.doubleValue() * 1.1, 1)), range ? null : PlanValue.of(annual), min, max,
				targets, null, null);
	}

	private IndicatorDoc qualitative(String code, String unit, boolean key, BigDecimal weight) {
		boolean opinion = this.random.nextBoolean();
		List<ScaleValue> scale = opinion ? OPINION : GRADE;
		int target = opinion ? 0 : 2;
		Map<String, PeriodTarget> targets = new LinkedHashMap<>();
		Quarter[] quarters = new Quarter[4];
		for (int q = 0; q < 4; q++) {
			targets.put(PlanFactory.QUARTERS.get(q), PeriodTarget.of(scale.get(target).value()));
			int step = this.random.nextInt(6);
			int index = Math.max(0, Math.min(scale.size() - 1, target + ((step == 0) ? -1 : (step == 5) ? 1 : 0)));
			quarters[q] = (this.random.nextInt(50) == 0) ? new Quarter(null, null, false)
					: new Quarter(null, scale.get(index).value(), true);
		}
		this.values.put(code, quarters);
		String name = opinion ? "Opini BPK atas laporan keuangan" : "Nilai evaluasi SAKIP perangkat daerah";
		return new IndicatorDoc(code, name, "predikat", key, "Predikat hasil pemeriksaan atau evaluasi",
				"Predikat dari lembaga pemeriksa", opinion ? "LHP BPK" : "LHE Inspektorat", Polarity.HIGHER_IS_BETTER,
				Formula.RATIO, PeriodAggregation.LAST_VALUE, ValueType.QUALITATIVE, unit, weight,
				PlanValue.of(scale.get(target + 1).value()), PlanValue.of(scale.get(0).value()),
				PlanValue.of(scale.get(target).value()), null, null, targets, scale, null);
	}

	/** A reported value around the target; lower-is-better indicators mirror it. */
	private Quarter actual(double target, boolean lower, boolean count, boolean percent) {
		if (this.random.nextInt(50) == 0) {
			return new Quarter(null, null, false);
		}
		// a normal spread (Box–Muller); StrictMath gives the same digits on every JVM
		double spread = StrictMath.sqrt(-2 * StrictMath.log(1 - this.random.nextDouble()))
				* StrictMath.cos(2 * Math.PI * this.random.nextDouble());
		double factor = Math.max(0.3, Math.min(1.6, 1 + 0.18 * spread));
		double value = Math.max(0, target * (lower ? 2 - factor : factor));
		if (percent) {
			value = Math.min(100, value);
		}
		return new Quarter(decimal(value, count ? 0 : 2).stripTrailingZeros(), null, true);
	}

	private String pickOf(String... choices) {
		return choices[this.random.nextInt(choices.length)];
	}

	private static BigDecimal decimal(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}

	private static ScaleValue scale(String value, int score) {
		return new ScaleValue(value, BigDecimal.valueOf(score));
	}

}
