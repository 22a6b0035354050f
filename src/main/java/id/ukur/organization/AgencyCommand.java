package id.ukur.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Create an agency (OPD) in a region. The code is lower-case letters, digits and dashes
 * and is unique in the installation.
 */
public record AgencyCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}") @Pattern(
				regexp = "^$|[a-z0-9][a-z0-9-]*", message = "{validation.agencyCode.pattern}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
		@NotBlank(message = "{validation.required}") @Size(max = 60,
				message = "{validation.size.max}") String shortName,
		@Size(max = 300, message = "{validation.size.max}") String address) {
}
