package id.ukur.round;

import java.util.Map;

import id.ukur.organization.CurrentUser;

/**
 * Outlier and plausibility checks of a round's values (docs/calculation.md, "Plausibility
 * checks"): warnings shown to the unit when it saves and to the team when it validates,
 * never a refusal.
 */
public interface ValueChecks {

	/**
	 * The checks of every value of a round the user may read, from one read of the
	 * agency's earlier accepted values.
	 * @return the check of each value by indicator code
	 */
	Map<String, ValueCheck> of(long roundId, CurrentUser user);

	/**
	 * The check of one value as a save answers it: its flags and the values before it,
	 * without the achievement (which would need the whole recap).
	 * @return the check, or null when the round has no such value
	 */
	ValueCheck flags(long roundId, String indicatorCode, CurrentUser user);

}
