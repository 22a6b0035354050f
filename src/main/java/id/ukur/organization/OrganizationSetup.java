package id.ukur.organization;

import java.util.List;

/**
 * Creating the installation's structure: regions and their agencies. Who may do what is
 * decided in one place (README, "Who administers what"): an installation administrator
 * creates regions, a region's administrator creates agencies in its own region.
 */
public interface OrganizationSetup {

	/**
	 * Creates a region with the usual working calendar (Monday to Friday, 07.30–16.00)
	 * and settings; its administrator is created with
	 * {@link UserAccounts#createUser(CurrentUser, String, UserCommand)}.
	 * @throws id.ukur.shared.ForbiddenException unless the actor administers the
	 * installation
	 * @throws id.ukur.shared.InvalidInputException naming the field (a taken code, an
	 * unknown time zone)
	 */
	RegionView createRegion(RegionCommand command, CurrentUser actor);

	/**
	 * Creates an agency in a region.
	 * @throws id.ukur.shared.NotFoundException for an unknown region
	 * @throws id.ukur.shared.ForbiddenException unless the actor administers that region
	 * @throws id.ukur.shared.InvalidInputException naming the field (a taken code)
	 */
	AgencyView createAgency(String regionCode, AgencyCommand command, CurrentUser actor);

	/**
	 * @return every region with its administrators' usernames (installation administrator
	 * only)
	 */
	List<RegionAdministrators> regionsWithAdministrators(CurrentUser actor);

	/**
	 * @return what the agency needs before its first round, from every module that owns a
	 * part, in order (the agency's region administrator)
	 */
	List<AgencyReadiness.Item> readiness(String agencyCode, CurrentUser actor);

	/**
	 * @return whether there is any user at all (a database nobody can sign in to yet)
	 */
	boolean anyUser();

	/** A region and the usernames of its administrators. */
	record RegionAdministrators(RegionView region, List<String> administrators, int agencies) {
	}

}
