package id.ukur.sop;

import java.util.Arrays;
import java.util.List;

import id.ukur.organization.Role;

/**
 * The roles a lane of an SOP may name, by name: what the editor offers and reads, so that
 * pages handle role names, never roles.
 */
public final class LaneRoles {

	private LaneRoles() {
	}

	/**
	 * @return the names of the roles the editor offers for a lane: every role but the
	 * installation's administrator, who acts in no SOP
	 */
	public static List<String> choices() {
		return Arrays.stream(Role.values()).filter((role) -> role != Role.INSTALLATION_ADMIN).map(Role::name).toList();
	}

	/**
	 * @param roleName the name of the lane's role; blank for none
	 * @return the lane
	 * @throws IllegalArgumentException when no role has that name
	 */
	public static SopDefinition.Lane lane(String key, String name, String roleName) {
		Role role = (roleName == null || roleName.isBlank()) ? null : Role.valueOf(roleName.trim());
		return new SopDefinition.Lane(key, name, role);
	}

	/**
	 * @return the name of the lane's role, empty when it has none
	 */
	public static String roleName(SopDefinition.Lane lane) {
		return (lane.role() != null) ? lane.role().name() : "";
	}

}
