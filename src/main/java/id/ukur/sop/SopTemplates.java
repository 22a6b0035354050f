package id.ukur.sop;

import java.util.List;

import id.ukur.organization.CurrentUser;

/**
 * Starting SOPs for an agency that has none yet: the seed SOPs that ship with Ukur, of
 * which the agency's planner takes one as its first revision and then edits it.
 */
public interface SopTemplates {

	/**
	 * @return the templates, ordered by key
	 */
	List<Template> templates();

	/**
	 * Publishes a template as the agency's first revision, with the agency's name and
	 * region in the identity block and its head as approver when there is one; the source
	 * SOP's number and dates are left out.
	 * @throws id.ukur.shared.ForbiddenException unless the user is the agency's planner
	 * @throws id.ukur.shared.ConflictException when the agency already has an SOP
	 * @throws id.ukur.shared.InvalidInputException for an unknown template
	 */
	SopRevision start(String agencyCode, String template, CurrentUser user);

	/** A template: its key and whose SOP it was. */
	record Template(String key, String agencyName, String regionName, int lanes, int steps) {
	}

}
