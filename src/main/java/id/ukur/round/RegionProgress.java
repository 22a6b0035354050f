package id.ukur.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where every agency of a region stands in the periods of a year (docs/dashboards.md,
 * "Region dashboard"): for each agency its rounds of the year (cancelled rounds never
 * count; a period without a round has not been ordered), each with its current SOP step,
 * its units' forms, and the figures of its latest calculation ({@code recap_figure}).
 *
 * @param agencies every agency of the region, by name
 */
public record RegionProgress(long regionId, String regionCode, String regionName, int year,
		List<AgencyProgress> agencies) {

	public RegionProgress {
		agencies = List.copyOf(agencies);
	}

	/**
	 * An agency of the region with its rounds of the year.
	 *
	 * @param rounds its rounds in calendar order of their periods (TW I–IV, S1, S2, the
	 * year)
	 */
	public record AgencyProgress(long agencyId, String agencyCode, String agencyName, String shortName,
			List<PeriodProgress> rounds) {

		public AgencyProgress {
			rounds = List.copyOf(rounds);
		}

		/**
		 * @return its round of the period, empty when none was ordered (or it was
		 * cancelled)
		 */
		public Optional<PeriodProgress> round(Period period) {
			return this.rounds.stream().filter((r) -> r.period() == period).findFirst();
		}

	}

	/**
	 * An agency's round of one period.
	 *
	 * @param stage where it stands, in words on pages
	 * @param currentStep the step that holds it, null when none does (sealed, every step
	 * done)
	 * @param units the units' forms by unit code; empty until the forms are prepared
	 * @param achievement the agency's achievement of the latest calculation, null before
	 * one
	 * @param rating the agency's rating code, null before a calculation
	 * @param provisional whether that figure is still provisional (values missing or the
	 * round not sealed)
	 * @param indicatorRatings how many indicators the calculation gave each rating (a
	 * null rating: indicators not rated, e.g. not reported)
	 */
	public record PeriodProgress(long roundId, Period period, RoundStatus status, Stage stage, LocalDate deadline,
			CurrentStep currentStep, List<UnitProgress> units, BigDecimal achievement, String rating,
			boolean provisional, List<RatingCount> indicatorRatings, Instant sentAt, Instant acknowledgedAt) {

		public PeriodProgress {
			units = List.copyOf(units);
			indicatorRatings = List.copyOf(indicatorRatings);
		}

		/**
		 * @return how many units have submitted
		 */
		public long submittedUnits() {
			return this.units.stream().filter(UnitProgress::submitted).count();
		}

		/**
		 * @return how many units submitted late or are past the deadline without
		 * submitting
		 */
		public long lateUnits() {
			return this.units.stream().filter(UnitProgress::late).count();
		}

		/**
		 * @return how many indicators the early warning flags at risk
		 */
		public int atRisk() {
			return this.indicatorRatings.stream().mapToInt(RatingCount::atRisk).sum();
		}

		/**
		 * @return whether the current step is past its standard time
		 */
		public boolean stepLate() {
			return this.currentStep != null && this.currentStep.late();
		}

	}

	/**
	 * The step instance that holds a round, with its activity and the names of its lanes
	 * as the round's SOP revision writes them.
	 *
	 * @param due when it is due by its standard time, null without one
	 * @param late whether it is past its standard time (working time in the region's
	 * calendar, as the round page counts it)
	 */
	public record CurrentStep(int number, String activity, List<String> lanes, Instant startedAt, Instant due,
			boolean late) {

		public CurrentStep {
			lanes = List.copyOf(lanes);
		}

	}

	/**
	 * A unit's form in a round.
	 *
	 * @param late whether it was submitted after the deadline, or is not submitted and
	 * the deadline has passed (in the region's time zone)
	 */
	public record UnitProgress(String unitCode, String unitName, FormStatus status, Instant submittedAt, boolean late) {

		public boolean submitted() {
			return this.status == FormStatus.SUBMITTED;
		}

	}

	/**
	 * How many indicators of a round have a rating (null: not rated), and how many of
	 * those the early warning flags at risk (docs/calculation.md, "Early warning").
	 */
	public record RatingCount(String rating, int indicators, int atRisk) {

		public RatingCount(String rating, int indicators) {
			this(rating, indicators, 0);
		}

	}

	/** Where a round stands, as the region sees it. */
	public enum Stage {

		/** Open, held by a step of its SOP. */
		AT_STEP,
		/** Open with no step holding it. */
		OPEN,
		/** Signed and sealed, not yet sent to the planning agency. */
		SEALED,
		/** Sent to the planning agency, not yet acknowledged. */
		SENT,
		/** Acknowledged by the planning agency. */
		ACKNOWLEDGED

	}

}
