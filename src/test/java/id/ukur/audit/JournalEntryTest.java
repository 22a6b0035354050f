package id.ukur.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A journal line always says what, to what and by whom, within the column sizes. */
class JournalEntryTest {

	@Test
	void subjectActionAndActorAreRequired() {
		assertThatIllegalArgumentException().isThrownBy(() -> entry(" ", "ENTRY_SAVED", "ani", null));
		assertThatIllegalArgumentException().isThrownBy(() -> entry("ROUND", null, "ani", null));
		assertThatIllegalArgumentException().isThrownBy(() -> entry("ROUND", "ROUND_OPENED", "", null));
	}

	@Test
	void partsLongerThanTheirColumnsAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> entry("X".repeat(JournalEntry.SUBJECT_MAX + 1), "ENTRY_SAVED", "ani", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> entry("ROUND", "RETURNED", "ani", "r".repeat(JournalEntry.REASON_MAX + 1)));
	}

	@Test
	void roundBeforeAfterAndReasonMayBeAbsent() {
		JournalEntry entry = new JournalEntry(1, null, "ROUND", "ROUND_OPENED", "ani", null, null, null);
		assertThat(entry.roundId()).isNull();
	}

	@Test
	void aLineBelongsToAnAgencyOrARegionAndHasAKind() {
		assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntry(null, null, null, JournalKind.PLAN,
				"PLAN:2026", "PLAN_CREATED", "ani", null, null, null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new JournalEntry(null, 1L, null, null, "PLAN:2026", "PLAN_CREATED", "ani", null, null, null));
		assertThat(JournalEntry
			.region(JournalKind.ORGANIZATION, 3, "CALENDAR:lpk", "CALENDAR_CHANGED", "admin", null, null, null)
			.agencyId()).isNull();
		assertThat(new JournalEntry(1, 7L, "ROUND", "ORDERED", "ani", null, null, null).kind())
			.isEqualTo(JournalKind.ROUND);
	}

	private static JournalEntry entry(String subject, String action, String actor, String reason) {
		return new JournalEntry(1, 7L, subject, action, actor, null, "{}", reason);
	}

}
