package id.ukur.round;

import java.util.List;

/** The period a round measures: a quarter (TW), a half-year (S) or the year. */
public enum Period {

	TW1(1), TW2(2), TW3(3), TW4(4), S1(2), S2(4), YEAR(4);

	private final int lastQuarter;

	Period(int lastQuarter) {
		this.lastQuarter = lastQuarter;
	}

	/**
	 * @return the quarters from the start of the year to the end of this period
	 */
	public List<String> quartersToDate() {
		return List.of("TW1", "TW2", "TW3", "TW4").subList(0, this.lastQuarter);
	}

	/**
	 * @return the quarter this period ends with
	 */
	public String lastQuarter() {
		return "TW" + this.lastQuarter;
	}

	/**
	 * @return whether this is a single quarter
	 */
	public boolean quarter() {
		return name().startsWith("TW");
	}

	/**
	 * @return the period before this one in the same year, or null
	 */
	public Period previous() {
		return switch (this) {
			case TW2 -> TW1;
			case TW3 -> TW2;
			case TW4 -> TW3;
			case S2 -> S1;
			default -> null;
		};
	}

}
