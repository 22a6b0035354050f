package id.ukur.round.internal;

import java.util.Set;

import id.ukur.round.EntryStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which values "accept all except the marked ones" accepts (docs/rounds.md,
 * "Validation"): submitted, not marked, not of the validator's own unit.
 */
class AcceptAllRuleTest {

	@ParameterizedTest(name = "{0} of {1}, marked {2}, own unit {3} -> {4}")
	@CsvSource(delimiter = '|', nullValues = "NULL", value = {
			// a submitted value of another unit: accepted unless marked
			"SUBMITTED|BID-A|''|BID-X|true", "SUBMITTED|BID-A|IKU-01|BID-X|false", "SUBMITTED|BID-A|IKU-02|BID-X|true",
			"SUBMITTED|BID-A|IKU-02 IKU-01|BID-X|false",
			// a user without a unit (the team's secretariat) settles every unit's values
			"SUBMITTED|BID-A|''|NULL|true", "SUBMITTED|BID-A|IKU-01|NULL|false",
			// the validator's own unit: never, marked or not (separation of duties)
			"SUBMITTED|BID-X|''|BID-X|false", "SUBMITTED|BID-X|IKU-01|BID-X|false",
			// only submitted values: the others are not waiting for the team
			"EMPTY|BID-A|''|BID-X|false", "DRAFT|BID-A|''|BID-X|false", "RETURNED|BID-A|''|BID-X|false",
			"ACCEPTED|BID-A|''|BID-X|false", "NOT_REPORTED|BID-A|''|BID-X|false" })
	void acceptsTheSubmittedValuesNotMarkedOfOtherUnits(EntryStatus status, String unit, String marked, String ownUnit,
			boolean accepted) {
		Set<String> except = marked.isBlank() ? Set.of() : Set.of(marked.split(" "));
		assertThat(ValidationRule.acceptedByAll(status, unit, "IKU-01", except, ownUnit)).isEqualTo(accepted);
	}

}
