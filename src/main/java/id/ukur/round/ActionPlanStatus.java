package id.ukur.round;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a follow-up action plan stands: open, in progress, done. Plans are shown in the
 * agency's later rounds until done.
 */
public enum ActionPlanStatus {

	OPEN, IN_PROGRESS, DONE;

	/**
	 * The transition table of an action plan (drawn in {@code docs/rounds.md}, "States"):
	 * its owners move it freely — work resumes on a plan found not done after all, and
	 * restating a status is harmless (the journal keeps each change).
	 * @return the statuses this one may change to
	 */
	public Set<ActionPlanStatus> allowedNext() {
		return EnumSet.allOf(ActionPlanStatus.class);
	}

	public boolean mayBecome(ActionPlanStatus next) {
		return allowedNext().contains(next);
	}

	/** The status a person or client named, in any case; empty when there is none. */
	public static Optional<ActionPlanStatus> named(String name) {
		String wanted = (name != null) ? name.trim().toUpperCase(Locale.ROOT) : "";
		return Arrays.stream(values()).filter((status) -> status.name().equals(wanted)).findFirst();
	}

	/** Every status by name, in order, for the pages' choices. */
	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
