package id.ukur.plan;

import java.util.List;

/**
 * A whole plan as the API and the spreadsheet exchange it (see {@code api.md}). Lists are
 * never null once read by Ukur.
 *
 * @param year the plan year
 * @param version the stored version (read only; a PUT may send it back to refuse stale
 * writes)
 * @param goals the goals (tujuan)
 */
public record PlanDocument(Integer year, Long version, List<GoalDoc> goals) {

	public PlanDocument {
		goals = (goals == null) ? List.of() : List.copyOf(goals);
	}

	/** A goal (tujuan) with its indicators and objectives. */
	public record GoalDoc(String code, String name, String unitCode, List<IndicatorDoc> indicators,
			List<ObjectiveDoc> objectives) {

		public GoalDoc {
			indicators = Lists.of(indicators);
			objectives = Lists.of(objectives);
		}

	}

	/** An objective (sasaran) with its indicators and programs. */
	public record ObjectiveDoc(String code, String name, String unitCode, List<IndicatorDoc> indicators,
			List<ProgramDoc> programs) {

		public ObjectiveDoc {
			indicators = Lists.of(indicators);
			programs = Lists.of(programs);
		}

	}

	/** A program with its budget, spending per quarter, indicators and activities. */
	public record ProgramDoc(String code, String name, String unitCode, java.math.BigDecimal budget,
			java.util.Map<String, java.math.BigDecimal> spentByPeriod, List<IndicatorDoc> indicators,
			List<ActivityDoc> activities) {

		public ProgramDoc {
			spentByPeriod = Lists.amounts(spentByPeriod);
			indicators = Lists.of(indicators);
			activities = Lists.of(activities);
			budget = Decimals.clean(budget);
		}

	}

	/**
	 * An activity (kegiatan) with its budget, spending, indicators and sub-activities.
	 */
	public record ActivityDoc(String code, String name, String unitCode, java.math.BigDecimal budget,
			java.util.Map<String, java.math.BigDecimal> spentByPeriod, List<IndicatorDoc> indicators,
			List<SubActivityDoc> subActivities) {

		public ActivityDoc {
			spentByPeriod = Lists.amounts(spentByPeriod);
			indicators = Lists.of(indicators);
			subActivities = Lists.of(subActivities);
			budget = Decimals.clean(budget);
		}

	}

	/** A sub-activity (sub kegiatan) with its budget, spending and indicators. */
	public record SubActivityDoc(String code, String name, String unitCode, java.math.BigDecimal budget,
			java.util.Map<String, java.math.BigDecimal> spentByPeriod, List<IndicatorDoc> indicators) {

		public SubActivityDoc {
			spentByPeriod = Lists.amounts(spentByPeriod);
			indicators = Lists.of(indicators);
			budget = Decimals.clean(budget);
		}

	}

}
