package id.ukur.organization.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table
record ApiToken(@Id Long id, long appUser, String name, String tokenHash, Instant createdAt, Instant lastUsedAt,
		boolean revoked) {
}
