package id.ukur.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The rows of a module policy's table test: every action × every role × the user's own
 * agency (id 7), another agency of the region, or none, with whether it is allowed.
 */
public final class PolicyTable {

	/** The agency every row acts on. */
	public static final long AGENCY_ID = 7;

	/** Where the user works, seen from the agency acted on. */
	public enum Where {

		OWN(AGENCY_ID), OTHER(AGENCY_ID + 1), NONE(null);

		final Long agencyId;

		Where(Long agencyId) {
			this.agencyId = agencyId;
		}

	}

	private PolicyTable() {
	}

	/**
	 * @param allowed the roles that may do each action, each only in its own agency
	 * @return the rows (action, role, where, allowed)
	 */
	public static <A extends Enum<A>> Stream<Arguments> rows(Class<A> actions, Map<A, Set<Role>> allowed) {
		List<Arguments> rows = new ArrayList<>();
		for (A action : actions.getEnumConstants()) {
			for (Role role : Role.values()) {
				for (Where where : Where.values()) {
					rows.add(Arguments.of(action, role, where,
							where == Where.OWN && allowed.get(action).contains(role)));
				}
			}
		}
		return rows.stream();
	}

	public static CurrentUser user(Where where, Role... roles) {
		return new CurrentUser(1, "someone", "", "Someone", 1, "PWK", where.agencyId,
				(where.agencyId != null) ? "A" + where.agencyId : null, null, null, Set.of(roles), true);
	}

}
