package id.ukur.round;

import java.time.LocalDate;
import java.util.List;

/**
 * What users send to rounds. Fields are checked by the service, naming each bad field.
 */
public final class Commands {

	private Commands() {
	}

	/** An order (or an incoming request letter registered as the order). */
	public record Order(Integer year, String period, LocalDate deadline, String orderReference, String orderText,
			String requestLetterReference, String requestLetterFrom, LocalDate requestLetterDate) {
	}

	/**
	 * A value as the unit enters it. {@code actual} is a JSON number (exact), a text as
	 * typed in a form, read in the request's language (docs/formats.md: Indonesian
	 * {@code 1.234,5} by default), or a scale value of a qualitative indicator.
	 */
	public record EntryInput(Object actual, String note, String enablingFactors, String inhibitingFactors,
			Long version) {

		/**
		 * @return the number given as a JSON number, else null
		 */
		public java.math.BigDecimal exactNumber() {
			return (this.actual instanceof Number number) ? new java.math.BigDecimal(number.toString()) : null;
		}

		/**
		 * @return the actual as text (a number given as a JSON number in plain notation)
		 */
		public String actualText() {
			if (this.actual == null) {
				return null;
			}
			return (this.actual instanceof Number) ? exactNumber().toPlainString() : this.actual.toString();
		}

	}

	/** The reviewer's decision: {@code APPROVE} or {@code RETURN} with a reason. */
	public record Review(String decision, String reason, List<String> returnTo) {
	}

	/** A follow-up action plan for an under-target indicator. */
	public record ActionPlan(String indicatorCode, String analysis, String action, String ownerUnit,
			LocalDate dueDate) {
	}

}
