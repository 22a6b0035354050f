package id.ukur.organization;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** A region (pemda) with its working calendar and its settings. */
public record RegionView(long id, String code, String name, RegionKind kind, ZoneId timeZone,
		Set<DayOfWeek> workingDays, LocalTime workStart, LocalTime workEnd, String ratingScaleCode,
		BigDecimal achievementCap, BigDecimal efficiencyThreshold, String followUpThreshold, long version) {
}
