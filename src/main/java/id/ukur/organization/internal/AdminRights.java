package id.ukur.organization.internal;

import java.util.EnumSet;
import java.util.Set;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.shared.ForbiddenException;

/**
 * Who administers what: the one place every change of the organisation asks (README, "Who
 * administers what").
 * <ul>
 * <li>A region's {@code ADMIN} changes everything inside that region: its agencies, their
 * units and officials, its users of every role except {@code INSTALLATION_ADMIN}, its
 * calendar and settings. Nothing of another region.</li>
 * <li>An {@code INSTALLATION_ADMIN} creates regions and manages, in any region, the users
 * who hold only {@code ADMIN} and {@code INSTALLATION_ADMIN}: the region administrators.
 * Inside a region it has no other right unless it also holds that region's {@code ADMIN}
 * (the first administrator holds both for the first region).</li>
 * <li>Only an {@code INSTALLATION_ADMIN} grants, removes or touches a user holding
 * {@code INSTALLATION_ADMIN}, so a region administrator cannot take it over by resetting
 * its password.</li>
 * </ul>
 */
final class AdminRights {

	/** The roles an installation administrator may give in any region. */
	private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.ADMIN, Role.INSTALLATION_ADMIN);

	private AdminRights() {
	}

	/** Refuses unless the user administers the region. */
	static void requireRegion(CurrentUser user, long regionId) {
		if (!user.administers(regionId)) {
			throw new ForbiddenException("rights.region");
		}
	}

	/** Refuses unless the user administers the installation. */
	static void requireInstallation(CurrentUser user) {
		if (!user.administersInstallation()) {
			throw new ForbiddenException("rights.installation");
		}
	}

	/**
	 * Refuses unless the user may create or change a user of the region who holds
	 * {@code before} (empty for a new user) and is to hold {@code after}.
	 */
	static void requireUser(CurrentUser actor, long regionId, Set<Role> before, Set<Role> after) {
		if (!mayManageUser(actor, regionId, before, after)) {
			boolean installationRole = before.contains(Role.INSTALLATION_ADMIN)
					|| after.contains(Role.INSTALLATION_ADMIN);
			throw new ForbiddenException(installationRole ? "rights.installationRole" : "rights.region");
		}
	}

	static boolean mayManageUser(CurrentUser actor, long regionId, Set<Role> before, Set<Role> after) {
		Set<Role> touched = EnumSet.noneOf(Role.class);
		touched.addAll(before);
		touched.addAll(after);
		if (touched.contains(Role.INSTALLATION_ADMIN) && !actor.administersInstallation()) {
			return false;
		}
		if (actor.administers(regionId)) {
			return true;
		}
		return actor.administersInstallation() && !touched.isEmpty() && ADMINISTRATORS.containsAll(touched);
	}

}
