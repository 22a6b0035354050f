package id.ukur.organization;

import java.math.BigDecimal;
import java.util.List;

import id.ukur.calculation.Plausibility;
import id.ukur.calculation.RatingScale;

/**
 * The measurement settings of a region: the rating scale in use (built-in or the region's
 * own), the achievement cap for roll-ups, the efficiency threshold and the follow-up
 * threshold.
 */
public interface RegionSettings {

	/**
	 * @return the settings of a region
	 */
	Settings of(long regionId);

	/**
	 * @return the built-in scales and the region's own, built-in first
	 */
	List<RatingScale> scales(long regionId);

	/**
	 * Changes the settings (region admin only); the follow-up band must belong to the
	 * chosen scale.
	 */
	Settings update(CurrentUser admin, SettingsCommand command);

	/** Adds a rating scale of the region (region admin only). */
	RatingScale addScale(CurrentUser admin, ScaleCommand command);

	/** Removes a scale of the region that is not in use (region admin only). */
	void removeScale(CurrentUser admin, String code);

	/** A region's settings with its scale resolved. */
	record Settings(RatingScale scale, BigDecimal achievementCap, BigDecimal efficiencyThreshold,
			String followUpThreshold, long version, BigDecimal jumpFactor) {

		/**
		 * A missing jump factor is the default of the plausibility checks.
		 */
		public Settings {
			jumpFactor = (jumpFactor != null) ? jumpFactor : Plausibility.DEFAULT_JUMP_FACTOR;
		}

		/** With the default jump factor of the plausibility checks. */
		public Settings(RatingScale scale, BigDecimal achievementCap, BigDecimal efficiencyThreshold,
				String followUpThreshold, long version) {
			this(scale, achievementCap, efficiencyThreshold, followUpThreshold, version, null);
		}

		/**
		 * @return whether a rating is at or below the follow-up threshold (needs an
		 * action plan)
		 */
		public boolean needsFollowUp(String bandCode) {
			try {
				return this.scale.position(bandCode) >= this.scale.position(this.followUpThreshold);
			}
			catch (IllegalArgumentException ex) {
				// a band of another scale: no follow-up is asked for by this rule
				return false;
			}
		}

	}

	/**
	 * What the settings form changes; a null {@code jumpFactor} keeps the region's (the
	 * factor of the plausibility checks' jumps, docs/calculation.md).
	 */
	record SettingsCommand(String scaleCode, String achievementCap, String efficiencyThreshold,
			String followUpThreshold, Long version, String jumpFactor) {

		/** Without the jump factor: the region's stays. */
		public SettingsCommand(String scaleCode, String achievementCap, String efficiencyThreshold,
				String followUpThreshold, Long version) {
			this(scaleCode, achievementCap, efficiencyThreshold, followUpThreshold, version, null);
		}

	}

	/**
	 * A new scale: code, names, and bands from best to worst, each with the lower bound
	 * it is above (the last band has none).
	 */
	record ScaleCommand(String code, String nameId, String nameEn, List<BandCommand> bands) {
	}

	/** One band of a new scale as typed. */
	record BandCommand(String code, String labelId, String labelEn, String lowerExclusive) {
	}

}
