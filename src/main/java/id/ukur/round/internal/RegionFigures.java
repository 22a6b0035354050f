package id.ukur.round.internal;

import id.ukur.round.RegionProgress.RatingCount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of a region's rounds of a year aggregated in one query over
 * {@code recap_figure} (docs/dashboards.md, "Region dashboard"): per round the agency's
 * achievement and rating, and its indicators counted per rating and at risk. A cancelled
 * round's figures come along and are left out by the caller, which knows the rounds that
 * count.
 */
@Repository
class RegionFigures {

	static final String AGGREGATE = "select round_id, kind, rating, count(*) as figures,"
			+ " max(achievement) as achievement, max(case when provisional then 1 else 0 end) as provisional,"
			+ " sum(case when at_risk then 1 else 0 end) as at_risk"
			+ " from recap_figure where region_id = ? and round_year = ? and kind in ('AGENCY', 'INDICATOR')"
			+ " group by round_id, kind, rating";

	private final JdbcClient jdbc;

	RegionFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return each calculated round's summary by round id
	 */
	Map<Long, Summary> of(long regionId, int year) {
		Map<Long, Summary> summaries = new HashMap<>();
		this.jdbc.sql(AGGREGATE).params(regionId, year).query((rs) -> {
			long round = rs.getLong("round_id");
			Summary summary = summaries.computeIfAbsent(round,
					(id) -> new Summary(null, null, false, new ArrayList<>()));
			String rating = rs.getString("rating");
			if ("AGENCY".equals(rs.getString("kind"))) {
				summaries.put(round, new Summary(rs.getBigDecimal("achievement"), rating, rs.getInt("provisional") == 1,
						summary.indicatorRatings()));
			}
			else {
				summary.indicatorRatings().add(new RatingCount(rating, rs.getInt("figures"), rs.getInt("at_risk")));
			}
		});
		return summaries;
	}

	/**
	 * A round's figures: the agency's achievement, rating and whether provisional; its
	 * indicators per rating.
	 */
	record Summary(BigDecimal achievement, String rating, boolean provisional, List<RatingCount> indicatorRatings) {

		static final Summary NONE = new Summary(null, null, false, List.of());

	}

}
