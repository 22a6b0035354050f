package id.ukur.round.internal;

import id.ukur.round.EntryStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many values a unit's form holds, how many are filled and how many settled, as its
 * view shows them: counted from the loaded values of one round, or from the counts a list
 * reads for many rounds at once ({@link Tally}), by the same rule.
 */
record FormCounts(int entries, int filled, int settled) {

	static final FormCounts NONE = new FormCounts(0, 0, 0);

	/** Adds {@code count} values of this status; filled means a value or settled. */
	FormCounts add(EntryStatus status, boolean hasValue, int count) {
		return new FormCounts(this.entries + count, this.filled + ((hasValue || status.settled()) ? count : 0),
				this.settled + (status.settled() ? count : 0));
	}

	/** The counts of a round's values by unit. */
	static Map<String, FormCounts> byUnit(List<Tally> tallies) {
		Map<String, FormCounts> counts = new HashMap<>();
		for (Tally t : tallies) {
			counts.merge(t.unitCode(), NONE.add(t.status(), t.hasValue(), t.count()), FormCounts::plus);
		}
		return counts;
	}

	/** One tally per value of a loaded round. */
	static List<Tally> of(List<EntryRecord> entries) {
		return entries.stream().map((e) -> new Tally(e.roundId, e.unitCode, e.status, e.hasValue(), 1)).toList();
	}

	private FormCounts plus(FormCounts other) {
		return new FormCounts(this.entries + other.entries, this.filled + other.filled, this.settled + other.settled);
	}

	/**
	 * How many values of a round's unit have this status and whether they hold a value.
	 */
	record Tally(long roundId, String unitCode, EntryStatus status, boolean hasValue, int count) {
	}

}
