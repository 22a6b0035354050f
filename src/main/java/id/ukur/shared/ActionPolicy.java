package id.ukur.shared;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A module's policy: its one decision "which rule refuses this action of this user on
 * this subject, if any", and what every policy does with it — list the allowed actions
 * for a view, and refuse with the rule's key before a change.
 *
 * @param <A> the module's actions
 * @param <U> who acts
 * @param <S> what is acted on (an agency, a round)
 */
public interface ActionPolicy<A extends Enum<A>, U, S> {

	/** Every action the policy decides. */
	Class<A> actions();

	/**
	 * @return the message key of the rule that refuses the action, empty when allowed
	 */
	Optional<String> refusal(A action, U user, S subject);

	/** Every action the user may take on the subject, for the views. */
	default Set<A> allowed(U user, S subject) {
		Set<A> allowed = EnumSet.noneOf(actions());
		for (A action : actions().getEnumConstants()) {
			if (refusal(action, user, subject).isEmpty()) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/**
	 * @throws ForbiddenException naming the rule when the user may not take the action
	 */
	default void require(A action, U user, S subject) {
		Optional<String> refusal = refusal(action, user, subject);
		if (refusal.isPresent()) {
			throw new ForbiddenException(refusal.get());
		}
	}

}
