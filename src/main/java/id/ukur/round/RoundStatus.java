package id.ukur.round;

/**
 * Where a round stands: open for its work, sealed by the signature, archived; or
 * cancelled by the head before the signature (kept, its period freed).
 */
public enum RoundStatus {

	OPEN, SEALED, ARCHIVED, CANCELLED

}
