package id.ukur.round;

/** How periods are written on documents. */
public final class Periods {

	private Periods() {
	}

	/**
	 * @return {@code TW I}, {@code Semester I}, {@code Tahunan}, ...
	 */
	public static String label(Period period) {
		return switch (period) {
			case TW1 -> "TW I";
			case TW2 -> "TW II";
			case TW3 -> "TW III";
			case TW4 -> "TW IV";
			case S1 -> "Semester I";
			case S2 -> "Semester II";
			case YEAR -> "Tahunan";
		};
	}

}
