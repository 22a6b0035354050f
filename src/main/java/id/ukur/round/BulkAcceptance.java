package id.ukur.round;

import java.util.Collection;
import java.util.List;

import id.ukur.organization.CurrentUser;

/**
 * "Accept all except the marked ones" (docs/rounds.md, "Validation"): kept apart from
 * {@link Rounds} so each facade stays small; the same policy decides.
 */
public interface BulkAcceptance {

	/**
	 * Accepts, in one transaction, every submitted value of the round except the listed
	 * ones and those of the user's own unit (a validator never settles their own unit's
	 * values); each accepted value is journaled as a single acceptance is. Any refusal
	 * (not a validator, the SOP not yet at validation, the round not open) accepts
	 * nothing.
	 * @param except the indicator codes left as they are; each must be a value of the
	 * round, else {@link id.ukur.shared.InvalidInputException} naming {@code except}
	 * @return the codes of the values accepted, in the round's order
	 */
	List<String> acceptAllExcept(long id, Collection<String> except, CurrentUser user);

}
