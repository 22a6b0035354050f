package id.ukur.round;

/** Where a round stands: open for its work, sealed by the signature, archived. */
public enum RoundStatus {

	OPEN, SEALED, ARCHIVED

}
