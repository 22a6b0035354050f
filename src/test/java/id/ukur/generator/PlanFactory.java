package id.ukur.generator;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanDocument.ActivityDoc;
import id.ukur.plan.PlanDocument.GoalDoc;
import id.ukur.plan.PlanDocument.ObjectiveDoc;
import id.ukur.plan.PlanDocument.ProgramDoc;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One agency's plan of a year, drawn from a random source: a goal, two to four objectives
 * with two key indicators each, two programs per objective, two or three budgeted
 * activities per program; the indicators of the activities take what is left of the
 * agency's count (or, asked for, the objectives take them all). The indicators and their
 * values come from {@link IndicatorFactory}.
 */
final class PlanFactory {

	static final List<String> QUARTERS = List.of("TW1", "TW2", "TW3", "TW4");

	private static final String[] OBJECTIVES = { "Meningkatnya kualitas pelayanan publik",
			"Meningkatnya akuntabilitas kinerja dan keuangan", "Meningkatnya cakupan layanan dasar masyarakat",
			"Meningkatnya daya saing dan kemandirian ekonomi daerah" };

	private static final String[] PROGRAMS = { "Program Penunjang Urusan Pemerintahan Daerah",
			"Program Perencanaan, Pengendalian dan Evaluasi", "Program Peningkatan Kapasitas Sumber Daya Aparatur",
			"Program Pelayanan dan Pemberdayaan Masyarakat", "Program Pengelolaan Data dan Informasi" };

	private static final String[] ACTIVITIES = { "Penyusunan Dokumen Perencanaan Perangkat Daerah",
			"Koordinasi dan Penyusunan Laporan Capaian Kinerja", "Penyediaan Jasa Pelayanan Umum Kantor",
			"Pembinaan dan Pengawasan Teknis", "Fasilitasi dan Sosialisasi kepada Masyarakat",
			"Pengadaan Sarana dan Prasarana Pendukung" };

	private final SplittableRandom random;

	private final IndicatorFactory indicators;

	private final List<String> units;

	private PlanFactory(SplittableRandom random, List<String> units) {
		this.random = random;
		this.indicators = new IndicatorFactory(random);
		this.units = units;
	}

	/**
	 * @param units the agency's unit codes, the secretariat first
	 */
	static Generated generate(SplittableRandom random, int year, int count, List<String> units,
			boolean objectivesOnly) {
		return new PlanFactory(random, units).plan(year, count, objectivesOnly);
	}

	private Generated plan(int year, int count, boolean objectivesOnly) {
		int objectives = Math.max(2, Math.min(4, count / 25));
		int programs = objectives * 2;
		int activities = programs * ((count >= 60) ? 3 : 2);
		int[] left = { count };
		int goalShare = take(left, 1);
		int[] objectiveShare = new int[objectives];
		for (int i = 0; i < objectives; i++) {
			objectiveShare[i] = take(left, objectivesOnly ? (left[0] + objectives - i - 1) / (objectives - i) : 2);
		}
		int[] programShare = new int[programs];
		for (int i = 0; i < programs; i++) {
			programShare[i] = take(left, 1);
		}
		int[] activityShare = new int[activities];
		for (int i = 0; i < activities; i++) {
			activityShare[i] = left[0] / activities + ((i < left[0] % activities) ? 1 : 0);
		}
		boolean weighted = this.random.nextInt(5) == 0;
		String secretariat = this.units.get(0);
		List<IndicatorDoc> goalIndicators = list("IKT-", 1, goalShare, secretariat, true, false);
		List<ObjectiveDoc> objectiveDocs = new ArrayList<>();
		int program = 0;
		int activity = 0;
		for (int o = 0; o < objectives; o++) {
			List<IndicatorDoc> own = list("IKU-", firstOf(objectiveShare, o), objectiveShare[o], secretariat, true,
					weighted);
			List<ProgramDoc> programDocs = new ArrayList<>();
			for (int p = 0; p < 2; p++, program++) {
				String unit = this.units.get(1 + program % (this.units.size() - 1));
				String code = "P" + (o + 1) + "." + (p + 1);
				List<IndicatorDoc> programIndicators = list("IKP-", 1 + program, programShare[program], unit, false,
						false);
				List<ActivityDoc> activityDocs = new ArrayList<>();
				int perProgram = activities / programs;
				for (int a = 0; a < perProgram; a++, activity++) {
					BigDecimal budget = amount(50 + this.random.nextInt(2450));
					activityDocs
						.add(new ActivityDoc(code.replace('P', 'K') + "." + (a + 1),
								ACTIVITIES[activity % ACTIVITIES.length], unit, budget, spending(budget), list("IKK-",
										firstOf(activityShare, activity), activityShare[activity], unit, false, false),
								List.of()));
				}
				BigDecimal budget = activityDocs.stream()
					.map(ActivityDoc::budget)
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.add(amount(this.random.nextInt(500)));
				programDocs.add(new ProgramDoc(code, PROGRAMS[program % PROGRAMS.length], unit, budget,
						spending(budget), programIndicators, activityDocs));
			}
			objectiveDocs.add(new ObjectiveDoc("S" + (o + 1), OBJECTIVES[o], secretariat, own, programDocs));
		}
		GoalDoc goal = new GoalDoc("T1", "Terwujudnya tata kelola pemerintahan yang baik dan pelayanan prima", null,
				goalIndicators, objectiveDocs);
		return new Generated(new PlanDocument(year, 0L, List.of(goal)), this.indicators.values());
	}

	private List<IndicatorDoc> list(String prefix, int first, int count, String unit, boolean key, boolean weighted) {
		List<IndicatorDoc> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String code = prefix + String.format((prefix.equals("IKK-") ? "%03d" : "%02d"), first + i);
			list.add(this.indicators.indicator(code, unit, key, weighted));
		}
		return list;
	}

	private static int firstOf(int[] shares, int index) {
		int first = 1;
		for (int i = 0; i < index; i++) {
			first += shares[i];
		}
		return first;
	}

	private static int take(int[] left, int wanted) {
		int taken = Math.min(wanted, left[0]);
		left[0] -= taken;
		return taken;
	}

	/** Millions of rupiah. */
	private static BigDecimal amount(int millions) {
		return BigDecimal.valueOf(millions * 1_000_000L);
	}

	/** Spending per quarter: a share of the budget, back-loaded as it is in practice. */
	private Map<String, BigDecimal> spending(BigDecimal budget) {
		double absorbed = 0.55 + this.random.nextDouble() * 0.45;
		double[] shares = { 0.15, 0.25, 0.25, 0.35 };
		Map<String, BigDecimal> spent = new LinkedHashMap<>();
		for (int q = 0; q < 4; q++) {
			BigDecimal amount = budget.multiply(BigDecimal.valueOf(absorbed * shares[q]))
				.divide(BigDecimal.valueOf(1000), 0, RoundingMode.DOWN)
				.multiply(BigDecimal.valueOf(1000));
			spent.put(QUARTERS.get(q), amount);
		}
		return spent;
	}

	/** The plan and the values its indicators get in the four quarters. */
	record Generated(PlanDocument plan, Map<String, Quarter[]> values) {
	}

	/** One indicator's value in one quarter; not reported has neither number nor text. */
	record Quarter(BigDecimal number, String text, boolean reported) {
	}

}
