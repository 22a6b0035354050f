package id.ukur.round;

import java.util.Set;

/**
 * Where a round stands: open for its work, sealed by the signature, archived; or
 * cancelled by the head before the signature (kept, its period freed).
 */
public enum RoundStatus {

	OPEN, SEALED, ARCHIVED, CANCELLED;

	/**
	 * The transition table of a round (drawn in {@code docs/rounds.md}, "States"): the
	 * signature seals an open round, the head cancels it before; the signer reopens a
	 * sealed round, the archive takes it for good.
	 * @return the statuses this one may change to
	 */
	public Set<RoundStatus> allowedNext() {
		return switch (this) {
			case OPEN -> Set.of(SEALED, CANCELLED);
			case SEALED -> Set.of(OPEN, ARCHIVED);
			case ARCHIVED, CANCELLED -> Set.of();
		};
	}

	public boolean mayBecome(RoundStatus next) {
		return allowedNext().contains(next);
	}

}
