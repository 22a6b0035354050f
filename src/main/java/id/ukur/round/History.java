package id.ukur.round;

import java.util.List;

import id.ukur.organization.CurrentUser;

/**
 * What the read side (dashboards, LKjIP tables) takes of the rounds: the figures of their
 * calculations, read from {@code recap_figure} without parsing recaps
 * (docs/dashboards.md). Reading an agency's figures needs the agency or a region-wide
 * role of its region, as reading its rounds does.
 */
public interface History {

	/**
	 * The figures of the agency's calculated rounds of the years from {@code fromYear} to
	 * {@code toYear}: for each period the round that holds it (cancelled rounds never
	 * count); oldest year first, the periods of a year in calendar order (TW I–IV, S1,
	 * S2, the year).
	 * @throws id.ukur.shared.NotFoundException when the agency is unknown or not the
	 * user's to read
	 */
	List<PeriodFigures> figures(String agencyCode, int fromYear, int toYear, CurrentUser user);

	/**
	 * The forms of the agency's rounds of a year (cancelled rounds never count), in one
	 * query: for completeness and timeliness per unit.
	 * @throws id.ukur.shared.NotFoundException when the agency is unknown or not the
	 * user's to read
	 */
	List<FormTimeliness> forms(String agencyCode, int year, CurrentUser user);

	/**
	 * The agency's follow-up action plans that are not done, earliest due first, in one
	 * query.
	 */
	List<ActionPlanView> openActionPlans(String agencyCode, CurrentUser user);

	/**
	 * The enabling and inhibiting factors the units wrote beside one indicator's value in
	 * each of the agency's rounds of the years, in one query; oldest first.
	 */
	List<IndicatorFactors> factors(String agencyCode, String indicatorCode, int fromYear, int toYear, CurrentUser user);

	/**
	 * Where every agency of the region stands in the periods of the year: its rounds with
	 * their current steps (activity and lanes of the round's SOP, late or not), their
	 * units' forms (late or not) and the figures of their latest calculations
	 * (docs/dashboards.md, "Region dashboard"). A fixed number of queries for the whole
	 * region.
	 * @throws id.ukur.shared.NotFoundException when the region is not the user's
	 * @throws id.ukur.shared.ForbiddenException when the user has no region-wide role
	 */
	RegionProgress regionProgress(String regionCode, int year, CurrentUser user);

}
