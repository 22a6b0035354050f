package id.ukur.sop;

/**
 * The unit of a step's time standard (Mutu Baku, sop.md §3). Days are always working days
 * of the region's {@link WorkingCalendar}, never calendar days.
 */
public enum TimeUnit {

	/** Minutes of working time ("menit"). */
	MINUTES,

	/** Hours of working time ("jam"). */
	HOURS,

	/**
	 * Working days ("hari"): one day is the calendar's working hours of one working day.
	 */
	WORKING_DAYS

}
