package id.ukur.report;

import java.util.function.IntSupplier;

import id.ukur.shared.InvalidInputException;

/**
 * The years the read side answers for (docs/dashboards.md): a number from {@link #FIRST}
 * to {@link #LAST}, anything else refused naming the field {@code year}. One rule for the
 * dashboards and the LKjIP tables, their pages and their API.
 */
public final class ReportYears {

	public static final int FIRST = 2000;

	public static final int LAST = 2100;

	private ReportYears() {
	}

	/**
	 * @return the year
	 * @throws InvalidInputException naming {@code year} outside
	 * {@link #FIRST}–{@link #LAST}
	 */
	public static int check(int year) {
		if (year < FIRST || year > LAST) {
			throw refused();
		}
		return year;
	}

	/**
	 * @param text the year as written in a query (null or blank: not given)
	 * @param whenBlank the year to take when none is given (this year of the user's
	 * region)
	 * @return the year
	 * @throws InvalidInputException naming {@code year} when the text is not a year from
	 * {@link #FIRST} to {@link #LAST}
	 */
	public static int parse(String text, IntSupplier whenBlank) {
		if (text == null || text.isBlank()) {
			return whenBlank.getAsInt();
		}
		try {
			return check(Integer.parseInt(text.trim()));
		}
		catch (NumberFormatException ex) {
			throw refused();
		}
	}

	private static InvalidInputException refused() {
		return new InvalidInputException("year", "report.year.invalid", FIRST, LAST);
	}

}
