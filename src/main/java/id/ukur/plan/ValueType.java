package id.ukur.plan;

/**
 * How an indicator's values are written: a number, a percentage, or a value of a scale.
 */
public enum ValueType {

	NUMBER, PERCENT, QUALITATIVE

}
