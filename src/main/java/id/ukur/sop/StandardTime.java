package id.ukur.sop;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.ukur.shared.Numbers;

/**
 * A step's time standard as the SOP writes it: "10 menit", "1,5 jam", "3 hari" (sop.md
 * §3). The amount is kept without trailing zeros, so {@code 1.50 jam} and {@code 1.5 jam}
 * are the same standard.
 *
 * @param amount how many units, greater than zero; fractions are allowed ("0,5 hari")
 * @param unit the unit; days are working days
 */
public record StandardTime(BigDecimal amount, TimeUnit unit) {

	private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

	/**
	 * The largest amount a step's time may have, in any unit (docs/security.md,
	 * "Numbers"): 100 000 minutes is most of a working year, 100 000 working days a
	 * working life many times over; no step of an SOP is longer, and the minutes of any
	 * such time fit a {@code long} with room to spare.
	 */
	public static final int MAX_AMOUNT = 100_000;

	/** The most decimals a time may have ({@code 0,25} hour, {@code 1,5} days). */
	public static final int MAX_DECIMALS = 2;

	/**
	 * @return whether an amount lies within what a time may be: more than zero, at most
	 * {@value #MAX_AMOUNT}, at most {@value #MAX_DECIMALS} decimals
	 */
	public static boolean fits(BigDecimal amount) {
		return amount != null && amount.signum() > 0 && amount.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) <= 0
				&& Numbers.withinBounds(amount) && amount.stripTrailingZeros().scale() <= MAX_DECIMALS;
	}

	/**
	 * @throws IllegalArgumentException if the amount is missing, zero or negative, or the
	 * unit is missing
	 */
	public StandardTime {
		if (amount == null) {
			throw new IllegalArgumentException("A time standard needs an amount");
		}
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException(
					"A time standard must be greater than zero, got " + amount.toPlainString());
		}
		if (unit == null) {
			throw new IllegalArgumentException("A time standard needs a unit (minutes, hours or working days)");
		}
		if (!fits(amount)) {
			throw new IllegalArgumentException(
					"A time standard is at most " + MAX_AMOUNT + " with at most " + MAX_DECIMALS + " decimals");
		}
		amount = normalized(amount);
	}

	/**
	 * The standard in minutes of working time, rounded half-up to a whole minute.
	 * @param calendar the region's calendar; only needed for
	 * {@link TimeUnit#WORKING_DAYS}, whose length is the calendar's
	 * {@link WorkingCalendar#dailyMinutes() working day}
	 * @return the minutes, {@code 0} only for amounts under half a minute
	 * @throws IllegalArgumentException if the unit is working days and the calendar is
	 * missing
	 * @throws ArithmeticException if the minutes do not fit in a {@code long}
	 */
	public long minutes(WorkingCalendar calendar) {
		BigDecimal minutes = switch (this.unit) {
			case MINUTES -> this.amount;
			case HOURS -> this.amount.multiply(MINUTES_PER_HOUR);
			case WORKING_DAYS -> {
				if (calendar == null) {
					throw new IllegalArgumentException("A time standard in working days needs a working calendar");
				}
				yield this.amount.multiply(BigDecimal.valueOf(calendar.dailyMinutes()));
			}
		};
		return minutes.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/**
	 * @return the standard in Indonesian as SOPs write it, with a decimal comma and '.'
	 * between thousands: {@code 10 menit}, {@code 1 jam}, {@code 1,5 jam}, {@code 3 hari}
	 */
	public String display() {
		return number(this.amount) + " " + switch (this.unit) {
			case MINUTES -> "menit";
			case HOURS -> "jam";
			case WORKING_DAYS -> "hari";
		};
	}

	private static BigDecimal normalized(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		// stripTrailingZeros turns 10 into 1E+1; keep whole numbers plain
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static String number(BigDecimal value) {
		return Numbers.plain(value, Numbers.INDONESIAN);
	}

}
