package id.ukur.round;

import java.time.Instant;

/**
 * What the public verification says about a code.
 *
 * @param superseded whether the round was reopened and sealed again since
 */
public record Verification(boolean genuine, String verificationCode, String agencyName, String regionName,
		String period, int revision, String signerName, String signerPosition, String signerNip, Instant signedAt,
		String sha256, boolean superseded) {
}
