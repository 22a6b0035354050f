package id.ukur.organization;

import java.util.List;

/**
 * What an agency needs before its first round, asked of every module that owns a part of
 * it (the organisation: units, officials, users; the SOP module: an SOP; the plan module:
 * a plan of the year). The administrator's page of an agency lists them all with who does
 * each and where.
 */
public interface AgencyReadiness {

	/**
	 * @param agency the agency
	 * @return this module's items, never null
	 */
	List<Item> check(AgencyView agency);

	/**
	 * One thing an agency needs.
	 *
	 * @param order where it stands in the list (organisation 10–49, SOP 50–59, plan
	 * 60–69)
	 * @param code the message key saying what it is
	 * @param args the message's arguments (counts, names)
	 * @param done whether it is there
	 * @param who the role that does it
	 * @param link where it is done
	 */
	record Item(int order, String code, Object[] args, boolean done, Role who, String link) {
	}

}
