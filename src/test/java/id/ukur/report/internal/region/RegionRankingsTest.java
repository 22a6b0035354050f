package id.ukur.report.internal.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.calculation.RatingScale;
import id.ukur.report.internal.region.RegionDashboard.Band;
import id.ukur.report.internal.region.RegionDashboard.Ranked;
import id.ukur.round.FormStatus;
import id.ukur.round.Period;
import id.ukur.round.RegionProgress.AgencyProgress;
import id.ukur.round.RegionProgress.PeriodProgress;
import id.ukur.round.RegionProgress.RatingCount;
import id.ukur.round.RegionProgress.Stage;
import id.ukur.round.RegionProgress.UnitProgress;
import id.ukur.round.RoundStatus;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The lists of the region dashboard's period: ranks, timeliness, ratings, who is missing.
 */
class RegionRankingsTest {

	private final RatingBands ratings = new RatingBands(RatingScale.DEFAULT, () -> List.of(RatingScale.BAIK),
			Locale.forLanguageTag("id-ID"), "Tanpa predikat");

	private final List<AgencyProgress> agencies = List.of(
			agency("a", "Dinas A", round("95.5", "TINGGI", unit(true, false), unit(true, true))),
			agency("b", "Dinas B", round("95.50", "TINGGI", unit(true, false), unit(false, false))),
			agency("c", "Dinas C", round(null, null)), agency("d", "Dinas D", null),
			agency("e", "Dinas E", round("60", "RENDAH", unit(true, false), unit(true, false))));

	@Test
	void equalAchievementsShareARankAndAgenciesWithoutOneComeLastUnranked() {
		List<Ranked> ranked = RegionRankings.byAchievement(this.agencies, Period.TW2, this.ratings);
		assertThat(ranked).extracting(Ranked::agencyCode).containsExactly("a", "b", "e", "c", "d");
		assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1, 3, null, null);
		assertThat(ranked.get(0).ratingLabel()).isEqualTo("Tinggi");
		assertThat(ranked.get(0).ratingClass()).isEqualTo("rating-pos-1");
	}

	@Test
	void timelinessIsTheShareOfDecidedUnitsOnTime() {
		List<Ranked> ranked = RegionRankings.byTimeliness(this.agencies, Period.TW2, this.ratings);
		// b: one on time, one pending (not decided); e: both on time; a: one of two late
		assertThat(ranked).extracting(Ranked::agencyCode).containsExactly("b", "e", "a", "c", "d");
		assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1, 3, null, null);
		assertThat(ranked.get(2).timeliness()).isEqualByComparingTo("50");
		assertThat(ranked.get(2).late()).isEqualTo(1);
	}

	@Test
	void unratedIndicatorsHaveABandOfTheirOwnAndOtherScalesKeepTheirColour() {
		List<Band> bands = this.ratings.columns(Arrays.asList("TINGGI", null, "BAIK"));
		assertThat(bands).extracting(Band::label)
			.containsExactly("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah", "Baik", "Tanpa predikat");
		assertThat(bands.get(5).ratingClass()).isEqualTo("rating-pos-1");
		assertThat(bands.get(6).ratingClass()).isEqualTo(RatingBands.NEUTRAL);
		var distribution = RegionRankings.distribution(this.agencies, Period.TW2, bands);
		assertThat(distribution.get(0).counts()).containsExactly(0, 3, 0, 0, 0, 0, 2);
		assertThat(distribution.get(0).total()).isEqualTo(5);
		assertThat(distribution.get(3).total()).isZero();
	}

	@Test
	void missingListsAgenciesWithoutARoundFirstThenUnitsNotSubmitted() {
		var missing = RegionRankings.missing(this.agencies, Period.TW2);
		assertThat(missing).extracting(RegionDashboard.Missing::agencyCode).containsExactly("d", "b", "c");
		assertThat(missing.get(1).units()).containsExactly("Bidang");
		assertThat(missing.get(2).formsPrepared()).isFalse();
	}

	private static AgencyProgress agency(String code, String name, PeriodProgress round) {
		return new AgencyProgress(code.hashCode(), code, name, code.toUpperCase(Locale.ROOT),
				(round != null) ? List.of(round) : List.of());
	}

	private static PeriodProgress round(String achievement, String rating, UnitProgress... units) {
		List<RatingCount> counts = (rating != null) ? List.of(new RatingCount(rating, 3), new RatingCount(null, 2))
				: List.of();
		return new PeriodProgress(1, Period.TW2, RoundStatus.OPEN, Stage.AT_STEP, null, null, List.of(units),
				(achievement != null) ? new BigDecimal(achievement) : null, rating, true, counts, null, null);
	}

	private static UnitProgress unit(boolean submitted, boolean late) {
		return new UnitProgress(submitted ? "SEKRETARIAT" : "BIDANG", submitted ? "Sekretariat" : "Bidang",
				submitted ? FormStatus.SUBMITTED : FormStatus.OPEN, null, late);
	}

}
