package id.ukur.round;

import java.time.Instant;

/** An evidence file of a value. */
public record EvidenceView(long id, String fileName, String contentType, long size, String sha256, Instant uploadedAt,
		String uploadedBy) {
}
