package id.ukur.calculation;

import java.math.BigDecimal;

/**
 * The target and actual of one period (TW I, Semester 1, ...).
 *
 * @param period the period's name, shown in explanations
 * @param target the target for that period (an amount for {@code CUMULATIVE}, a level
 * otherwise)
 * @param actual the actual, null when not reported (never read as 0)
 */
public record PeriodValue(String period, Target target, BigDecimal actual) {

}
