package id.ukur.calculation;

/**
 * An achievement's numbers with the target to date it is compared with.
 *
 * @param result the result, without explanation
 * @param target the target to date (for a range, the range), or null when none
 */
public record Measure(AchievementResult result, Target target) {

}
