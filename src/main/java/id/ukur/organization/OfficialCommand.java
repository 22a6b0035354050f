package id.ukur.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Create or change an official; the NIP is checked by {@link Nip}. */
public record OfficialCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") String position,
		@Size(max = 100, message = "{validation.size.max}") String rank, String nip, Long version) {
}
