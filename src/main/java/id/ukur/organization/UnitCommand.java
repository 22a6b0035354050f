package id.ukur.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or change a unit. The code is upper-case letters, digits and dashes. */
public record UnitCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}") @Pattern(
				regexp = "^$|[A-Za-z0-9][A-Za-z0-9-]*", message = "{validation.code.pattern}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
		@NotNull(message = "{validation.required}") UnitKind kind, Long version) {
}
