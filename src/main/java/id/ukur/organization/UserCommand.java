package id.ukur.organization;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Create or change a user. Agency and unit are codes; a region-wide role needs no agency,
 * an agency role needs one, a unit role needs a unit of that agency. The username is
 * normalised on the way in.
 */
public record UserCommand(
		@NotBlank(message = "{validation.required}") @Size(min = 3, max = 60,
				message = "{validation.size.range}") @Pattern(regexp = "^$|[a-z0-9][a-z0-9._-]*",
						message = "{validation.username.pattern}") String username,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") String displayName,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.size.max}") String email,
		String agencyCode, String unitCode, Long officialId,
		@NotEmpty(message = "{validation.roles.required}") Set<Role> roles, Long version) {

	/** The username in its one form (see {@link Usernames}) before it is validated. */
	public UserCommand {
		if (username != null) {
			username = Usernames.normalize(username);
		}
	}

}
