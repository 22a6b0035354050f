package id.ukur.organization.internal;

import java.util.Objects;

import id.ukur.shared.ConflictException;
import id.ukur.shared.InvalidInputException;

/**
 * The optimistic-lock rule for edits made from a form or the API: the editor names the
 * version it saw, and that version must be current. An edit without one is refused (it
 * would overwrite a concurrent change unseen).
 */
final class Versions {

	private Versions() {
	}

	static void require(Long current, Long seen) {
		if (seen == null) {
			throw new InvalidInputException("version", "validation.required");
		}
		if (!Objects.equals(current, seen)) {
			throw new ConflictException("stale.version");
		}
	}

}
