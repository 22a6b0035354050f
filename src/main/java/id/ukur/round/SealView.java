package id.ukur.round;

import java.time.Instant;

/** A sealed report: its verification code and the SHA-256 of the signed PDF. */
public record SealView(long roundId, int revision, String verificationCode, String sha256, Instant signedAt,
		String signedBy) {
}
