package id.ukur.round;

import java.math.BigDecimal;
import java.time.Instant;

/** One kept version of a value: what it was after an action, who did it, when and why. */
public record EntryHistoryView(long version, String action, BigDecimal actual, String actualText, String note,
		EntryStatus status, String reason, Instant at, String by) {
}
