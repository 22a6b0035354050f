package id.ukur.calculation;

/**
 * How the values of the periods of a year combine into a period-to-date or annual value.
 */
public enum PeriodAggregation {

	/** Sum of the period actuals vs sum of the period targets (counts). */
	CUMULATIVE,

	/** Actual and target of the latest period (rates, indexes, stock levels). */
	LAST_VALUE,

	/** Mean of the reported period actuals vs mean of the period targets. */
	AVERAGE

}
