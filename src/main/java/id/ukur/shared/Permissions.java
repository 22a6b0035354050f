package id.ukur.shared;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What every module's policy does with its one decision ("which rule refuses this action,
 * if any"): list the allowed actions for a view, and refuse with the rule's key.
 */
public final class Permissions {

	private Permissions() {
	}

	/**
	 * @param refusal the policy's decision: the key of the refusing rule, empty when
	 * allowed
	 * @return every action of the type the policy allows
	 */
	public static <A extends Enum<A>> Set<A> allowed(Class<A> actions, Function<A, Optional<String>> refusal) {
		Set<A> allowed = EnumSet.noneOf(actions);
		for (A action : actions.getEnumConstants()) {
			if (refusal.apply(action).isEmpty()) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/**
	 * @param refusal the policy's decision: the key of the refusing rule, empty when
	 * allowed
	 * @throws ForbiddenException naming the rule when there is one
	 */
	public static void require(Optional<String> refusal) {
		if (refusal.isPresent()) {
			throw new ForbiddenException(refusal.get());
		}
	}

}
