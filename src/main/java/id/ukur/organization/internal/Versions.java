package id.ukur.organization.internal;

import java.util.Objects;

import id.ukur.shared.ConflictException;

/**
 * The optimistic-lock rule for edits made from a form: the version the editor saw must be
 * current.
 */
final class Versions {

	private Versions() {
	}

	static void require(Long current, Long seen) {
		if (seen != null && !Objects.equals(current, seen)) {
			throw new ConflictException("stale.version");
		}
	}

}
