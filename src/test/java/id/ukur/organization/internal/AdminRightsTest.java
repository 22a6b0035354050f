package id.ukur.organization.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.shared.ForbiddenException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may manage which user, as README's "Who administers what" says. */
class AdminRightsTest {

	private static final long OWN = 1;

	@ParameterizedTest(name = "{0} in region {1}: {2} -> {3}: {4}")
	@CsvSource(delimiter = '|', value = {
			// a region's administrator: every role of its own region but the
			// installation's
			"ADMIN                    | 1 | ''                 | HEAD                     | true",
			"ADMIN                    | 1 | ''                 | ADMIN                    | true",
			"ADMIN                    | 1 | PLANNER            | PLANNER,TEAM             | true",
			"ADMIN                    | 2 | ''                 | HEAD                     | false",
			"ADMIN                    | 2 | ''                 | ADMIN                    | false",
			"ADMIN                    | 1 | ''                 | ADMIN,INSTALLATION_ADMIN | false",
			"ADMIN                    | 1 | ADMIN,INSTALLATION_ADMIN | ADMIN,INSTALLATION_ADMIN | false",
			"ADMIN                    | 1 | INSTALLATION_ADMIN | ADMIN                    | false",
			// the installation's administrator: administrators anywhere, nothing else
			// elsewhere
			"INSTALLATION_ADMIN       | 2 | ''                 | ADMIN                    | true",
			"INSTALLATION_ADMIN       | 2 | ADMIN              | ADMIN,INSTALLATION_ADMIN | true",
			"INSTALLATION_ADMIN       | 2 | ''                 | HEAD                     | false",
			"INSTALLATION_ADMIN       | 2 | ''                 | ADMIN,PLANNING_AGENCY    | false",
			"INSTALLATION_ADMIN       | 2 | HEAD               | ADMIN                    | false",
			"INSTALLATION_ADMIN       | 1 | ''                 | HEAD                     | false",
			// the first administrator holds both for its own region
			"ADMIN,INSTALLATION_ADMIN | 1 | ''                 | HEAD                     | true",
			"ADMIN,INSTALLATION_ADMIN | 1 | ''                 | INSTALLATION_ADMIN       | true",
			"ADMIN,INSTALLATION_ADMIN | 2 | ''                 | AUDITOR                  | false",
			// nobody else
			"HEAD                     | 1 | ''                 | PLANNER                  | false",
			"PLANNING_AGENCY          | 1 | ''                 | AUDITOR                  | false" })
	void whoMayManageWhichUser(String actorRoles, long region, String before, String after, boolean allowed) {
		CurrentUser actor = user(roles(actorRoles));
		assertThat(AdminRights.mayManageUser(actor, region, roles(before), roles(after))).isEqualTo(allowed);
		if (!allowed) {
			assertThatThrownBy(() -> AdminRights.requireUser(actor, region, roles(before), roles(after)))
				.isInstanceOf(ForbiddenException.class);
		}
	}

	@ParameterizedTest(name = "{0}: region {1} {2}, installation {3}")
	@CsvSource(delimiter = '|',
			value = { "ADMIN | 1 | true | false", "ADMIN | 2 | false | false", "INSTALLATION_ADMIN | 1 | false | true",
					"ADMIN,INSTALLATION_ADMIN | 1 | true | true", "AUDITOR | 1 | false | false" })
	void whoAdministersARegionAndTheInstallation(String actorRoles, long region, boolean regionAllowed,
			boolean installationAllowed) {
		CurrentUser actor = user(roles(actorRoles));
		assertThat(refused(() -> AdminRights.requireRegion(actor, region))).isEqualTo(!regionAllowed);
		assertThat(refused(() -> AdminRights.requireInstallation(actor))).isEqualTo(!installationAllowed);
	}

	private static boolean refused(Runnable check) {
		try {
			check.run();
			return false;
		}
		catch (ForbiddenException ex) {
			return true;
		}
	}

	private static Set<Role> roles(String names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names != null && !names.isBlank()) {
			Arrays.stream(names.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
		}
		return roles;
	}

	private static CurrentUser user(Set<Role> roles) {
		return new CurrentUser(9, "actor", "", "Actor", OWN, "own", null, null, null, null, roles, true);
	}

}
