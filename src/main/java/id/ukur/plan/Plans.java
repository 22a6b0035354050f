package id.ukur.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.OfficialView;
import id.ukur.shared.FieldProblem;

/**
 * The performance plans of agencies. Reading follows the organisation's access rules;
 * changing is for the agency's {@code PLANNER}. Every change validates the whole plan:
 * nothing is stored when any part is invalid.
 */
public interface Plans {

	/**
	 * @return the plan of an agency and year, if there is one
	 */
	Optional<PlanDocument> document(String agencyCode, int year, CurrentUser user);

	/**
	 * @return the years that have a plan
	 */
	List<Integer> years(String agencyCode, CurrentUser user);

	/**
	 * @return what the user may do with the agency's plans beyond reading them (decided
	 * by {@code PlanPolicy}); pages show only these actions
	 */
	Set<PlanAction> actions(String agencyCode, CurrentUser user);

	/**
	 * Refuses an action the user may not do, before any work (reading an upload) starts.
	 * @throws id.ukur.shared.ForbiddenException naming the rule
	 */
	void require(String agencyCode, PlanAction action, CurrentUser user);

	/**
	 * @return the official who signs the agency's Perjanjian Kinerja, when known
	 */
	Optional<OfficialView> signatory(String agencyCode, CurrentUser user);

	/**
	 * Replaces the plan of a year with the given document.
	 * @param reason why, required once the year's PK is signed (null otherwise)
	 * @throws id.ukur.shared.InvalidInputException listing every problem, with nothing
	 * stored; field {@code reason} when the PK is signed and no reason is given
	 * @throws id.ukur.shared.ConflictException when the document's version is stale
	 */
	SaveResult replace(String agencyCode, int year, PlanDocument document, String reason, CurrentUser user);

	/**
	 * {@link #replace(String, int, PlanDocument, String, CurrentUser)} without a reason.
	 */
	default SaveResult replace(String agencyCode, int year, PlanDocument document, CurrentUser user) {
		return replace(agencyCode, year, document, null, user);
	}

	/**
	 * Copies a plan to the next year, keeping indicator codes and dropping recorded
	 * actuals.
	 */
	SaveResult copyToNextYear(String agencyCode, int year, CurrentUser user);

	/**
	 * Adds or changes one indicator of a node ({@code originalCode} null adds).
	 * @param reason why, required once the year's PK is signed
	 */
	SaveResult saveIndicator(String agencyCode, int year, long version, String nodeCode, String originalCode,
			IndicatorDoc indicator, String reason, CurrentUser user);

	default SaveResult saveIndicator(String agencyCode, int year, long version, String nodeCode, String originalCode,
			IndicatorDoc indicator, CurrentUser user) {
		return saveIndicator(agencyCode, year, version, nodeCode, originalCode, indicator, null, user);
	}

	/** Removes one indicator. */
	SaveResult deleteIndicator(String agencyCode, int year, long version, String code, String reason, CurrentUser user);

	default SaveResult deleteIndicator(String agencyCode, int year, long version, String code, CurrentUser user) {
		return deleteIndicator(agencyCode, year, version, code, null, user);
	}

	/**
	 * Adds a node under a parent ({@code parentCode} null adds a goal) or changes one.
	 */
	SaveResult saveNode(String agencyCode, int year, long version, String parentCode, String originalCode,
			NodeInput node, String reason, CurrentUser user);

	default SaveResult saveNode(String agencyCode, int year, long version, String parentCode, String originalCode,
			NodeInput node, CurrentUser user) {
		return saveNode(agencyCode, year, version, parentCode, originalCode, node, null, user);
	}

	/** Removes a node with everything under it. */
	SaveResult deleteNode(String agencyCode, int year, long version, String code, String reason, CurrentUser user);

	default SaveResult deleteNode(String agencyCode, int year, long version, String code, CurrentUser user) {
		return deleteNode(agencyCode, year, version, code, null, user);
	}

	/**
	 * @return the day the year's Perjanjian Kinerja was signed, empty while it is not;
	 * from then on every change of the year's plan needs a reason
	 */
	Optional<java.time.LocalDate> pkSignedOn(String agencyCode, int year, CurrentUser user);

	/**
	 * Records (or, with null, clears) the day the year's PK was signed. Changing or
	 * clearing a recorded day needs a reason as any other change of a signed plan.
	 * @throws id.ukur.shared.InvalidInputException field {@code signedOn} when there is
	 * no plan or the day is after today, {@code reason} when one is needed and missing
	 */
	void signPk(String agencyCode, int year, java.time.LocalDate signedOn, String reason, CurrentUser user);

	/**
	 * The outcome of a save: the new version, whether anything changed, and warnings (the
	 * plan was saved).
	 */
	record SaveResult(long version, boolean changed, List<FieldProblem> warnings) {
	}

	/** What a node form edits. */
	record NodeInput(NodeKind kind, String code, String name, String unitCode, java.math.BigDecimal budget,
			java.util.Map<String, java.math.BigDecimal> spentByPeriod) {
	}

}
