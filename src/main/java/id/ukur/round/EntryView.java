package id.ukur.round;

import id.ukur.shared.Numbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One indicator's value in a round with what the form shows around it.
 *
 * @param targetText the period target as written ({@code 70}, {@code WTP},
 * {@code 80–90}), for display
 * @param previous the previous period's actual, if known
 * @param actual the number entered (for qualitative indicators the scale value is in
 * {@code actualText})
 * @param scaleValues the allowed values of a qualitative indicator, else empty
 * @param target the period target as a number; null for a range or a qualitative target
 * @param targetMin the lower end of a range target, else null
 * @param targetMax the upper end of a range target, else null
 * @param actions what the reader may do with the value now
 * @param warnings the plausibility checks' doubts about the value (docs/calculation.md,
 * "Plausibility checks"), in the reader's language; answered when a value is saved
 * through the API, empty otherwise
 */
public record EntryView(long id, String indicatorCode, String indicatorName, String measureUnit, String unitCode,
		String nodeCode, String valueType, String targetText, String previous, BigDecimal actual, String actualText,
		String note, String enablingFactors, String inhibitingFactors, EntryStatus status, String reason, long version,
		Instant updatedAt, String updatedBy, List<String> scaleValues, List<EvidenceView> evidence, BigDecimal target,
		BigDecimal targetMin, BigDecimal targetMax, Set<RoundAction> actions, List<Warning> warnings) {

	public EntryView {
		actions = (actions != null) ? Set.copyOf(actions) : Set.of();
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/** A value with what the reader may do with it, without warnings. */
	public EntryView(long id, String indicatorCode, String indicatorName, String measureUnit, String unitCode,
			String nodeCode, String valueType, String targetText, String previous, BigDecimal actual, String actualText,
			String note, String enablingFactors, String inhibitingFactors, EntryStatus status, String reason,
			long version, Instant updatedAt, String updatedBy, List<String> scaleValues, List<EvidenceView> evidence,
			BigDecimal target, BigDecimal targetMin, BigDecimal targetMax, Set<RoundAction> actions) {
		this(id, indicatorCode, indicatorName, measureUnit, unitCode, nodeCode, valueType, targetText, previous, actual,
				actualText, note, enablingFactors, inhibitingFactors, status, reason, version, updatedAt, updatedBy,
				scaleValues, evidence, target, targetMin, targetMax, actions, List.of());
	}

	/**
	 * @return this value with the plausibility warnings of its check
	 */
	public EntryView withWarnings(List<Warning> found) {
		return new EntryView(this.id, this.indicatorCode, this.indicatorName, this.measureUnit, this.unitCode,
				this.nodeCode, this.valueType, this.targetText, this.previous, this.actual, this.actualText, this.note,
				this.enablingFactors, this.inhibitingFactors, this.status, this.reason, this.version, this.updatedAt,
				this.updatedBy, this.scaleValues, this.evidence, this.target, this.targetMin, this.targetMax,
				this.actions, found);
	}

	/**
	 * One doubt about a value: never a refusal, the value is saved.
	 *
	 * @param code what was found ({@code JUMP_PREVIOUS} …, docs/api.md)
	 * @param message what it means with its numbers, in the reader's language
	 */
	public record Warning(String code, String message) {
	}

	/** A value seen by no one in particular (documents): no actions. */
	public EntryView(long id, String indicatorCode, String indicatorName, String measureUnit, String unitCode,
			String nodeCode, String valueType, String targetText, String previous, BigDecimal actual, String actualText,
			String note, String enablingFactors, String inhibitingFactors, EntryStatus status, String reason,
			long version, Instant updatedAt, String updatedBy, List<String> scaleValues, List<EvidenceView> evidence,
			BigDecimal target, BigDecimal targetMin, BigDecimal targetMax) {
		this(id, indicatorCode, indicatorName, measureUnit, unitCode, nodeCode, valueType, targetText, previous, actual,
				actualText, note, enablingFactors, inhibitingFactors, status, reason, version, updatedAt, updatedBy,
				scaleValues, evidence, target, targetMin, targetMax, Set.of());
	}

	/** A value whose target is known only as written. */
	public EntryView(long id, String indicatorCode, String indicatorName, String measureUnit, String unitCode,
			String nodeCode, String valueType, String targetText, String previous, BigDecimal actual, String actualText,
			String note, String enablingFactors, String inhibitingFactors, EntryStatus status, String reason,
			long version, Instant updatedAt, String updatedBy, List<String> scaleValues, List<EvidenceView> evidence) {
		this(id, indicatorCode, indicatorName, measureUnit, unitCode, nodeCode, valueType, targetText, previous, actual,
				actualText, note, enablingFactors, inhibitingFactors, status, reason, version, updatedAt, updatedBy,
				scaleValues, evidence, null, null, null, Set.of());
	}

	/**
	 * The value with its display texts (the target as written, the previous actual) in
	 * the reader's number format, as the API answers them beside the exact numbers
	 * (docs/api.md, Language).
	 * @return a copy with {@code targetText} and {@code previous} localised
	 */
	public EntryView localized(java.util.Locale locale) {
		return new EntryView(this.id, this.indicatorCode, this.indicatorName, this.measureUnit, this.unitCode,
				this.nodeCode, this.valueType, shown(this.targetText, locale), shown(this.previous, locale),
				this.actual, this.actualText, this.note, this.enablingFactors, this.inhibitingFactors, this.status,
				this.reason, this.version, this.updatedAt, this.updatedBy, this.scaleValues, this.evidence, this.target,
				this.targetMin, this.targetMax, this.actions, this.warnings);
	}

	/**
	 * @param actionName a {@link RoundAction} name, as templates write it
	 * @return whether the reader may take that action
	 */
	public boolean allows(String actionName) {
		return this.actions.stream().anyMatch((action) -> action.name().equals(actionName));
	}

	private static String shown(String stored, java.util.Locale locale) {
		return (stored != null) ? Numbers.localize(stored, locale) : null;
	}

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
