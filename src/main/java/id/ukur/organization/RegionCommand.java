package id.ukur.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Create a region (pemda). The code is lower-case letters, digits and dashes; agencies'
 * codes usually start with it. The time zone is one of Indonesia's three.
 */
public record RegionCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 32, message = "{validation.size.max}") @Pattern(
				regexp = "^$|[a-z0-9][a-z0-9-]*", message = "{validation.regionCode.pattern}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
		@NotNull(message = "{validation.required}") RegionKind kind, String timeZone) {
}
