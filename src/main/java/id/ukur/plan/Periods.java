package id.ukur.plan;

import java.util.List;

/** The quarters a plan sets targets and records spending for. */
public final class Periods {

	/** TW I–IV in order. */
	public static final List<String> QUARTERS = List.of("TW1", "TW2", "TW3", "TW4");

	private Periods() {
	}

	/**
	 * @return whether the key names a quarter
	 */
	public static boolean isQuarter(String key) {
		return QUARTERS.contains(key);
	}

}
