package id.ukur.organization.internal;

import java.math.BigDecimal;
import java.time.LocalTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table
record Region(@Id Long id, String code, String name, String kind, String timeZone, String workingDays,
		LocalTime workStart, LocalTime workEnd, String ratingScaleCode, BigDecimal achievementCap,
		BigDecimal efficiencyThreshold, String followUpThreshold, BigDecimal jumpFactor, @Version Long version) {
}
