package id.ukur.organization;

import java.time.Instant;

/** A personal API token as its owner sees it (never the secret itself). */
public record ApiTokenView(long id, String name, Instant createdAt, Instant lastUsedAt, boolean revoked) {
}
