/**
 * The achievement methodology of {@code calculation.md}: achievement of one indicator
 * (polarity, formula, range targets, zero and missing values, qualitative scales), over
 * periods, roll-ups, rating scales, budget absorption and efficiency, and progress to the
 * end-of-Renstra target. Plain Java with {@link java.math.BigDecimal}: no framework, no
 * database, so that every number can be recomputed by hand from its {@link Explanation}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calculation")
package id.ukur.calculation;
