package id.ukur.generator;

import id.ukur.calculation.RatingScale;
import id.ukur.organization.RegionSettings.Settings;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.round.internal.GeneratedRecaps;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated agencies in memory, without a database, for the calculation benchmark: the
 * same plans and values the generator writes.
 */
public final class Samples {

	/** A new region's settings: the default scale, no cap. */
	public static final Settings SETTINGS = new Settings(RatingScale.DEFAULT, null, BigDecimal.valueOf(5), "SEDANG", 0);

	private Samples() {
	}

	/**
	 * @return {@code count} agencies of {@code indicators} indicators each
	 */
	public static List<Sample> agencies(long seed, int count, int indicators) {
		List<String> units = List.of("SEKRETARIAT", "BIDANG1", "BIDANG2", "BIDANG3");
		List<Sample> samples = new ArrayList<>();
		for (int a = 0; a < count; a++) {
			SplittableRandom random = new SplittableRandom(seed * 1_000_003L + a);
			PlanFactory.Generated generated = PlanFactory.generate(random, 2025, indicators, units, false);
			List<PlanOutline.Placed> placements = PlanOutline.of(generated.plan()).indicators();
			List<Map<String, GeneratedRecaps.Value>> quarters = new ArrayList<>();
			List<Map<String, Map<String, BigDecimal>>> earlier = new ArrayList<>();
			for (int q = 0; q < 4; q++) {
				quarters.add(QuarterValues.of(placements, generated.values(), q));
				earlier.add(QuarterValues.earlier(generated.values(), q));
			}
			samples.add(new Sample(generated.plan(), quarters, earlier));
		}
		return samples;
	}

	/**
	 * One agency: its plan, the values of each quarter's round and the earlier quarters'
	 * numbers as each round's calculation sees them.
	 */
	public record Sample(PlanDocument plan, List<Map<String, GeneratedRecaps.Value>> quarters,
			List<Map<String, Map<String, BigDecimal>>> earlier) {
	}

}
