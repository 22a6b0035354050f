package id.ukur.round;

/**
 * What a unit wrote beside an indicator's value in one round: the enabling and inhibiting
 * factors of that value (docs/dashboards.md, "Agency dashboard").
 */
public record IndicatorFactors(long roundId, int year, Period period, String indicatorCode, String unitCode,
		String enabling, String inhibiting) {
}
