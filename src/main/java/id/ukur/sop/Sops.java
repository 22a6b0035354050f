package id.ukur.sop;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.ukur.organization.CurrentUser;

/**
 * The SOP definitions of agencies. Reading follows the organisation's access rules;
 * publishing a revision is for the agency's {@code PLANNER}. Every publication validates
 * the whole definition.
 */
public interface Sops {

	/**
	 * @return the active revision of an agency's SOP
	 */
	Optional<SopRevision> active(String agencyCode, CurrentUser user);

	/**
	 * @return every revision, newest first
	 */
	List<SopRevision> revisions(String agencyCode, CurrentUser user);

	/**
	 * @return one revision
	 */
	SopRevision revision(String agencyCode, int revision, CurrentUser user);

	/**
	 * @return what the user may do with the agency's SOP beyond reading it (decided by
	 * {@code SopPolicy}); pages show only these actions
	 */
	Set<SopAction> actions(String agencyCode, CurrentUser user);

	/**
	 * Refuses an action the user may not do, before any work (reading an upload) starts.
	 * @throws id.ukur.shared.ForbiddenException naming the rule
	 */
	void require(String agencyCode, SopAction action, CurrentUser user);

	/**
	 * Publishes a definition as the new active revision.
	 * @param basedOn the active revision the new one replaces, as the writer read it;
	 * required once the agency has an SOP, so that a revision published meanwhile is not
	 * superseded unseen
	 * @throws id.ukur.shared.InvalidInputException listing every problem, nothing stored
	 * @throws id.ukur.shared.ConflictException when {@code basedOn} is no longer active
	 */
	SopRevision publish(String agencyCode, SopDefinition definition, LocalDate revisionDate, String note,
			Integer basedOn, CurrentUser user);

	/**
	 * @return every problem of a definition (empty when it may be published), each naming
	 * its step or lane and field in words
	 */
	List<id.ukur.shared.FieldProblem> check(SopDefinition definition);

	/**
	 * @return the problems of a definition with their place in words, as {@link #check}
	 * gives them (for problems an editor finds in its own fields)
	 */
	List<id.ukur.shared.FieldProblem> described(List<id.ukur.shared.FieldProblem> problems);

	/**
	 * @return the active revision of an agency by id, without an access check (for
	 * rounds)
	 */
	Optional<SopRevision> activeOf(long agencyId);

	/**
	 * A revision by its id, whichever agency it belongs to (for rounds, which keep the
	 * revision they started with and check access themselves).
	 */
	Optional<SopRevision> byId(long revisionId);

	/**
	 * Revisions by their ids in one query, as {@link #byId} gives each (for lists of
	 * rounds and the reminder job).
	 * @return the revisions found, by id
	 */
	java.util.Map<Long, SopRevision> byIds(java.util.Collection<Long> revisionIds);

	/**
	 * @return a definition read from YAML or JSON text
	 * @throws id.ukur.shared.InvalidInputException listing every problem at once: values
	 * that cannot be read and the rules the rest breaks
	 */
	SopDefinition parse(String text, boolean yaml);

	/**
	 * @return the definition as YAML (the format people edit)
	 */
	String toYaml(SopDefinition definition);

}
