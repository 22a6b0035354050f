package id.ukur.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One indicator's value in a round with what the form shows around it.
 *
 * @param target the period target as written ({@code 70}, {@code WTP}, {@code 80–90})
 * @param previous the previous period's actual, if known
 * @param actual the number entered (for qualitative indicators the scale value is in
 * {@code actualText})
 * @param scaleValues the allowed values of a qualitative indicator, else empty
 */
public record EntryView(long id, String indicatorCode, String indicatorName, String measureUnit, String unitCode,
		String nodeCode, String valueType, String target, String previous, BigDecimal actual, String actualText,
		String note, String enablingFactors, String inhibitingFactors, EntryStatus status, String reason, long version,
		Instant updatedAt, String updatedBy, List<String> scaleValues, List<EvidenceView> evidence) {

	/**
	 * @return the actual as written, or null
	 */
	public String actualDisplay() {
		if (this.actualText != null) {
			return this.actualText;
		}
		return (this.actual != null) ? this.actual.stripTrailingZeros().toPlainString() : null;
	}

}
