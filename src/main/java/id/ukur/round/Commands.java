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

	/** A value as the unit enters it; {@code actual} is a number or a scale value. */
	public record EntryInput(String actual, String note, String enablingFactors, String inhibitingFactors,
			Long version) {
	}

	/** The reviewer's decision: {@code APPROVE} or {@code RETURN} with a reason. */
	public record Review(String decision, String reason, List<String> returnTo) {
	}

	/** A follow-up action plan for an under-target indicator. */
	public record ActionPlan(String indicatorCode, String analysis, String action, String ownerUnit,
			LocalDate dueDate) {
	}

}
