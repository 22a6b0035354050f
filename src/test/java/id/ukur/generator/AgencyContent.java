package id.ukur.generator;

import id.ukur.organization.RegionSettings.Settings;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.round.Period;
import id.ukur.round.Recap;
import id.ukur.round.internal.GeneratedPlanCopies;
import id.ukur.round.internal.GeneratedRecaps;
import id.ukur.sop.SopDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is costly to make of one agency, made on any thread before its rows are written:
 * the plan and its copy as the rounds keep it (JSON with its content hash, read back as
 * the calculation reads it), the values of the four quarters, their recaps (JSON) and the
 * agency's SOP (JSON); the recaps are kept as calculated too, for their figures. Depends
 * only on the options and the agency's place, so the data set is the same however many
 * threads make it.
 */
record AgencyContent(PlanDocument plan, String snapshot, String snapshotHash, PlanDocument snapshotPlan,
		List<Map<String, GeneratedRecaps.Value>> quarters, List<String> recaps, List<Recap> results, String sop) {

	static AgencyContent make(GeneratorOptions options, int region, int agency, Settings settings, SopDefinition seed,
			JsonMapper json) {
		SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + region * 1_009L + agency);
		int count = options.minIndicators() + random.nextInt(options.maxIndicators() - options.minIndicators() + 1);
		PlanFactory.Generated generated = PlanFactory.generate(random, options.year(), count,
				OrganizationRows.unitCodes(options.units()), options.objectivesOnly());
		String snapshot = json.writeValueAsString(generated.plan());
		PlanDocument plan = json.readValue(snapshot, PlanDocument.class);
		List<PlanOutline.Placed> placements = PlanOutline.of(plan).indicators();
		List<Map<String, GeneratedRecaps.Value>> quarters = new ArrayList<>();
		List<String> recaps = new ArrayList<>();
		List<Recap> results = new ArrayList<>();
		for (int q = 0; q < 4; q++) {
			Map<String, GeneratedRecaps.Value> values = QuarterValues.of(placements, generated.values(), q);
			quarters.add(values);
			Recap recap = GeneratedRecaps.recap(settings, Period.valueOf(PlanFactory.QUARTERS.get(q)), plan, values,
					QuarterValues.earlier(generated.values(), q), calculated(options.year(), q));
			recaps.add(json.writeValueAsString(recap));
			results.add(recap);
		}
		String regionCode = options.regionCode(region);
		String sop = StepRows.content(seed, OrganizationRows.agencyName(agency),
				OrganizationRows.regionName(regionCode, region), json);
		return new AgencyContent(generated.plan(), snapshot, GeneratedPlanCopies.hash(snapshot), plan, quarters, recaps,
				results, sop);
	}

	/**
	 * When the round of quarter {@code q} (0–3) was ordered: early in the next quarter.
	 */
	static Instant ordered(int year, int q) {
		return LocalDate.of(year, 1, 5).plusMonths(3L * (q + 1)).atTime(1, 0).toInstant(ZoneOffset.UTC);
	}

	static Instant submitted(int year, int q) {
		return ordered(year, q).plus(5, ChronoUnit.DAYS);
	}

	static Instant calculated(int year, int q) {
		return submitted(year, q).plus(2, ChronoUnit.DAYS);
	}

}
